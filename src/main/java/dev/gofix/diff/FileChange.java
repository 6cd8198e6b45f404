package dev.gofix.diff;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file's text before and after a codemod, named by its path relative to the run's root.
 *
 * <p>The path uses {@code /} between names whatever the platform, and is checked so that it can
 * be written into a diff header as it is: it must be relative, with no empty, {@code .} or {@code
 * ..} names, and hold no backslash, double quote or control character (git would quote such a
 * name). Spaces and non-ASCII letters are allowed.
 *
 * @param path the file's path relative to the run's root, such as {@code pkg/util/strings.go}
 * @param before the file's text before the change
 * @param after the file's text after the change
 */
public record FileChange(String path, String before, String after) {

  public FileChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    checkPath(path);
  }

  /** The change of {@code file}, named by its path relative to {@code root} with {@code /}. */
  public static FileChange of(Path root, Path file, String before, String after) {
    Path relative = root.relativize(file);
    StringBuilder path = new StringBuilder();
    for (Path name : relative) {
      path.append(path.length() == 0 ? "" : "/").append(name);
    }
    return new FileChange(path.toString(), before, after);
  }

  private static void checkPath(String path) {
    Objects.requireNonNull(path, "path");
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.equals(".") || name.equals("..")) {
        throw new IllegalArgumentException("not a clean relative path: \"" + path + "\"");
      }
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || c == '"' || c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(
            "path needs quoting in a diff header: \"" + path + "\"");
      }
    }
  }
}
