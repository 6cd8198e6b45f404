package dev.gofix.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The directory that printed paths and diff headers are relative to: the working directory when
 * every file is below it, else the deepest directory that holds them all.
 */
record RunRoot(Path dir) {

  static RunRoot of(Path workingDirectory, List<Path> files) {
    Path wd = workingDirectory.toAbsolutePath().normalize();
    Path common = null;
    for (Path file : files) {
      Path parent = file.toAbsolutePath().normalize().getParent();
      if (common == null) {
        common = parent;
      } else {
        while (!parent.startsWith(common)) {
          common = common.getParent();
        }
      }
    }
    if (common == null || common.startsWith(wd)) {
      return new RunRoot(wd);
    }
    return new RunRoot(common);
  }

  /** The file's path relative to the root, names joined by {@code /}. */
  String printed(Path file) {
    Path relative = dir.relativize(file.toAbsolutePath().normalize());
    StringBuilder out = new StringBuilder();
    for (Path name : relative) {
      out.append(out.length() == 0 ? "" : "/").append(name);
    }
    return out.toString();
  }
}
