package dev.gofix.cli;

import dev.gofix.syntax.GoSource;
import java.nio.file.Path;

/**
 * One Go file read for a run.
 *
 * @param file where it is
 * @param source its text, under the path it is printed with (relative to the run's root)
 * @param header its generated marker and package name
 */
record InputFile(Path file, GoSource source, GoFileHeader header) {
  String path() {
    return source.path();
  }
}
