package dev.gofix.cli;

import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run made of one file.
 *
 * @param file where the file is
 * @param path the path printed in messages and diffs, relative to the run's root with {@code /}
 * @param result the recipes' result, its paths and its findings' paths set to {@code path}
 */
record FileOutcome(Path file, String path, FileResult result) {

  /** The result with every path replaced by the printed one. */
  static FileOutcome of(Path file, String path, FileResult result) {
    Path printed = Path.of(path);
    List<Finding> findings =
        result.findings().stream()
            .map(
                f ->
                    new Finding(
                        f.recipe(), f.rule(), f.safety(), printed, f.line(), f.column(),
                        f.message(), f.fixed()))
            .toList();
    return new FileOutcome(
        file,
        path,
        new FileResult(printed, result.before(), result.after(), findings, result.errors()));
  }

  boolean changed() {
    return result.changed();
  }

  /** The same file with its changes dropped: its text as before, its fixes no longer made. */
  FileOutcome withoutChanges() {
    List<Finding> findings =
        result.findings().stream()
            .map(
                f ->
                    new Finding(
                        f.recipe(), f.rule(), f.safety(), f.path(), f.line(), f.column(),
                        f.message(), false))
            .toList();
    return new FileOutcome(
        file,
        path,
        new FileResult(result.path(), result.before(), result.before(), findings, result.errors()));
  }
}
