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
    // The common case, as a listing gives it, by the text alone: an absolute path under the
    // root with no "." or ".." name (nor any name starting with a dot), on a file system that
    // separates names with "/". A run over a large tree prints thousands of paths before its
    // first package can start.
    String path = file.toString();
    String root = dir.toString();
    if (file.isAbsolute() && dir.isAbsolute() && file.getFileSystem().getSeparator().equals("/")
        && root.length() > 1 && path.length() > root.length() + 1 && path.startsWith(root)
        && path.charAt(root.length()) == '/' && path.indexOf("/.", root.length()) < 0
        && !root.contains("/.")) {
      return path.substring(root.length() + 1);
    }
    return printedByNames(file);
  }

  /** {@link #printed} in general: the file made absolute and normal, relative to the root, its names joined. */
  String printedByNames(Path file) {
    Path relative = dir.relativize(file.toAbsolutePath().normalize());
    StringBuilder out = new StringBuilder();
    for (Path name : relative) {
      out.append(out.length() == 0 ? "" : "/").append(name);
    }
    return out.toString();
  }
}
