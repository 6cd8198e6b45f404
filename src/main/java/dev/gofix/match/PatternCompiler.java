package dev.gofix.match;

/** Turns pattern text into a {@link Pattern}, or an error at the pattern's position. */
public final class PatternCompiler {
  public Pattern compile(PatternSource source) throws PatternException {
    throw new UnsupportedOperationException("TODO(#3)");
  }
}
