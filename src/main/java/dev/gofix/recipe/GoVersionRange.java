package dev.gofix.recipe;

import java.util.Optional;

/**
 * The Go versions a recipe applies to, written {@code ">=1.18"}, {@code "<1.22"} or both
 * ({@code ">=1.18 <1.22"}); the lower bound is inclusive, the upper exclusive.
 */
public record GoVersionRange(Optional<GoVersion> atLeast, Optional<GoVersion> below) {

  public static final GoVersionRange ANY = new GoVersionRange(Optional.empty(), Optional.empty());

  /** Parses the recipe's {@code go:} value; throws IllegalArgumentException with the reason. */
  public static GoVersionRange parse(String text) {
    Optional<GoVersion> atLeast = Optional.empty();
    Optional<GoVersion> below = Optional.empty();
    for (String part : text.strip().split("\\s+")) {
      if (part.startsWith(">=")) {
        atLeast = Optional.of(GoVersion.parse(part.substring(2)));
      } else if (part.startsWith("<")) {
        below = Optional.of(GoVersion.parse(part.substring(1)));
      } else {
        throw new IllegalArgumentException(
            "Go version bound must be \">=1.N\" or \"<1.N\", not \"" + part + "\"");
      }
    }
    return new GoVersionRange(atLeast, below);
  }

  public boolean contains(GoVersion v) {
    return atLeast.map(min -> v.compareTo(min) >= 0).orElse(true)
        && below.map(max -> v.compareTo(max) < 0).orElse(true);
  }

  @Override
  public String toString() {
    String s = (atLeast.map(v -> ">=" + v).orElse("") + " " + below.map(v -> "<" + v).orElse("")).strip();
    return s.isEmpty() ? "any" : s;
  }
}
