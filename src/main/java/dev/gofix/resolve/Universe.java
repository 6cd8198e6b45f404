package dev.gofix.resolve;

import java.util.Set;

/** The predeclared identifiers of Go's universe block, as the specification lists them. */
final class Universe {
  private Universe() {}

  static final Set<String> TYPES =
      Set.of(
          "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32",
          "float64", "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8",
          "uint16", "uint32", "uint64", "uintptr");

  static final Set<String> CONSTANTS = Set.of("true", "false", "iota");

  static final Set<String> FUNCTIONS =
      Set.of(
          "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
          "max", "min", "new", "panic", "print", "println", "real", "recover");

  static boolean contains(String name) {
    return TYPES.contains(name)
        || CONSTANTS.contains(name)
        || FUNCTIONS.contains(name)
        || name.equals("nil");
  }
}
