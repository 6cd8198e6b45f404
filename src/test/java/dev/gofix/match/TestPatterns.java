package dev.gofix.match;

import java.util.Set;

/** Patterns for tests of other packages, made without the pattern compiler. */
public final class TestPatterns {
  private TestPatterns() {}

  /** A pattern with the given text and no metavariables. */
  public static Pattern of(String text) {
    return new Pattern(PatternSource.of(text), Set.of());
  }
}
