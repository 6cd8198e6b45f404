package dev.gofix.match;

/**
 * The text of a pattern and where it was written, so that an error in the pattern can be reported
 * at the line and column of the recipe file.
 *
 * @param file the recipe file (or any name for patterns from elsewhere)
 * @param line the 1-based line of the pattern's first character in that file
 * @param column the 1-based column of the pattern's first character in that file
 * @param indent for a YAML block scalar, the number of columns stripped from each following
 *     line; 0 for a pattern on one line
 */
public record PatternSource(String text, String file, int line, int column, int indent) {

  /** A pattern that does not come from a file: positions are within the text itself. */
  public static PatternSource of(String text) {
    return new PatternSource(text, "<pattern>", 1, 1, 0);
  }
}
