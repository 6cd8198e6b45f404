package dev.gofix.resolve;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What syntax tells of one type: its kind (that of its underlying type where the package declares
 * it), its text as the file spells it and with package names replaced by import paths, and its
 * element and key types.
 */
public final class TypeDescription {

  /**
   * The kind of a type's underlying type. NAMED is a type name whose underlying type syntax does
   * not show (an imported type, a type parameter, a name declared nowhere in the package);
   * UNKNOWN is anything else that cannot be told.
   */
  public enum Kind {
    SLICE,
    MAP,
    STRING,
    CHAN,
    POINTER,
    STRUCT,
    ARRAY,
    FUNC,
    INTERFACE,
    BASIC,
    NAMED,
    UNKNOWN
  }

  private final Kind kind;
  private final String spelled;
  private final String qualified;
  private final Lazy elem;
  private final Lazy key;

  TypeDescription(
      Kind kind,
      String spelled,
      String qualified,
      Supplier<Optional<TypeDescription>> elem,
      Supplier<Optional<TypeDescription>> key) {
    this.kind = kind;
    this.spelled = spelled;
    this.qualified = qualified;
    this.elem = new Lazy(elem);
    this.key = new Lazy(key);
  }

  static TypeDescription of(Kind kind, String spelled, String qualified) {
    return new TypeDescription(kind, spelled, qualified, Optional::empty, Optional::empty);
  }

  /** The kind of the underlying type. */
  public Kind kind() {
    return kind;
  }

  /** The type's tokens as written, without spaces but where two words meet: "map[string]int". */
  public String spelled() {
    return spelled;
  }

  /** The spelled text with each package name replaced by its import path: "context.Context". */
  public String qualified() {
    return qualified;
  }

  /** The element type of a slice, array, channel or pointer, or the value type of a map. */
  public Optional<TypeDescription> elem() {
    return elem.get();
  }

  /** The key type of a map. */
  public Optional<TypeDescription> key() {
    return key.get();
  }

  /** The same facts under another name: a named type with the facts of its underlying type. */
  TypeDescription named(String spelled, String qualified) {
    return new TypeDescription(kind, spelled, qualified, elem::get, key::get);
  }

  @Override
  public String toString() {
    return kind + " " + qualified;
  }

  /** A supplier computed once; element types are computed on demand so that cycles end. */
  private static final class Lazy {
    private Supplier<Optional<TypeDescription>> supplier;
    private Optional<TypeDescription> value;

    Lazy(Supplier<Optional<TypeDescription>> supplier) {
      this.supplier = supplier;
    }

    synchronized Optional<TypeDescription> get() {
      if (value == null) {
        value = supplier.get();
        supplier = null;
      }
      return value;
    }
  }
}
