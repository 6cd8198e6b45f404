package dev.gofix.rewrite;

import java.util.Optional;
import java.util.Set;

/** The zero value of a Go type, written as Go source, from its spelling and its kind. */
public final class ZeroValue {
  private static final Set<String> NUMBERS = Set.of(
      "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
      "uintptr", "byte", "rune", "float32", "float64", "complex64", "complex128");

  private ZeroValue() {}

  /**
   * {@code 0}, {@code ""}, {@code false} for the predeclared basic types; {@code nil} for pointers,
   * slices, maps, channels, functions and interfaces; {@code T{}} for structs and arrays; and
   * {@code *new(T)} for type parameters, named basic types and types whose kind is unknown.
   *
   * @param spelled the type as the file writes it
   * @param kind the kind of its underlying type ({@code basic}, {@code struct}, {@code named}, …)
   */
  public static String of(String spelled, Optional<String> kind) {
    String k = kind.orElse("");
    switch (k) {
      case "pointer", "slice", "map", "chan", "func", "interface":
        return "nil";
      case "struct", "array":
        return spelled + "{}";
      case "string":
        return "\"\"";
      case "basic":
        if (NUMBERS.contains(spelled)) {
          return "0";
        }
        if (spelled.equals("bool")) {
          return "false";
        }
        return "*new(" + spelled + ")";
      default:
        return "*new(" + spelled + ")";
    }
  }
}
