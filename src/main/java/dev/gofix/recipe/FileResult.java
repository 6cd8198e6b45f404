package dev.gofix.recipe;

import dev.gofix.syntax.SyntaxError;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of running recipes on one file: its text before and after, what was found, and the
 * syntax errors that kept it from being processed (then {@code after} equals {@code before}).
 */
public record FileResult(
    Path path, String before, String after, List<Finding> findings, List<SyntaxError> errors) {

  public boolean changed() {
    return !before.equals(after);
  }
}
