package dev.gofix.recipe;

import java.nio.file.Path;

/**
 * What one rule found at one place: a fix that was made, or a report that says why none was.
 *
 * @param line 1-based
 * @param column 1-based, in bytes, as Go tools count
 * @param fixed whether the finding's fix is in the file's output
 */
public record Finding(
    String recipe,
    String rule,
    Safety safety,
    Path path,
    int line,
    int column,
    String message,
    boolean fixed) {

  /** {@code path:line:col: [recipe] message}, as printed on stderr. */
  public String format() {
    return path + ":" + line + ":" + column + ": [" + recipe + "] " + message;
  }
}
