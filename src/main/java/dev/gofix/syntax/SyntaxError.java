package dev.gofix.syntax;

/**
 * A syntax error at a position of a Go file, printed as Go tools print them.
 *
 * @param line 1-based line
 * @param column 1-based column, counted in bytes as go/scanner counts it
 */
public record SyntaxError(String path, int line, int column, String message) {
  @Override
  public String toString() {
    return path + ":" + line + ":" + column + ": " + message;
  }
}
