package dev.gofix.resolve;

import java.util.Optional;

/**
 * What a name means at one place of a file: a declaration, a predeclared identifier of the
 * universe, or unknown (declared in a file not given, brought in by a dot import, or undeclared).
 *
 * @param declaration present exactly when the kind is {@link Kind#DECLARED}
 */
public record Lookup(Kind kind, Optional<Declaration> declaration) {

  /** Where the meaning of a name comes from. */
  public enum Kind {
    DECLARED,
    UNIVERSE,
    UNKNOWN
  }

  static final Lookup UNIVERSE = new Lookup(Kind.UNIVERSE, Optional.empty());
  static final Lookup UNKNOWN = new Lookup(Kind.UNKNOWN, Optional.empty());

  static Lookup of(Declaration declaration) {
    return new Lookup(Kind.DECLARED, Optional.of(declaration));
  }
}
