package dev.gofix.cli;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the comments and package clause at the top of a Go file say, read without parsing: whether
 * the file is generated, and its package name.
 *
 * <p>A file is generated when a line matching {@code ^// Code generated .* DO NOT EDIT\.$} comes
 * before the first text that is neither blank nor a comment, as the Go convention has it.
 */
record GoFileHeader(boolean generated, Optional<String> packageName) {

  private static final Pattern GENERATED = Pattern.compile("^// Code generated .* DO NOT EDIT\\.$");

  static GoFileHeader of(String text) {
    boolean generated = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        String line = text.substring(i, end);
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        boolean atLineStart = i == 0 || text.charAt(i - 1) == '\n';
        if (atLineStart && line.startsWith("// Code generated ") && GENERATED.matcher(line).matches()) {
          generated = true;
        }
        i = end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        return new GoFileHeader(generated, packageClause(text, i));
      }
    }
    return new GoFileHeader(generated, Optional.empty());
  }

  /** The name in {@code package NAME} at {@code i}, if the text there is a package clause. */
  private static Optional<String> packageClause(String text, int i) {
    if (!text.startsWith("package", i)) {
      return Optional.empty();
    }
    int j = i + "package".length();
    int start = j;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j == start) {
      return Optional.empty();
    }
    int nameStart = j;
    while (j < text.length()
        && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j > nameStart ? Optional.of(text.substring(nameStart, j)) : Optional.empty();
  }
}
