package dev.gofix.cli;

import dev.gofix.syntax.LeadingComments;
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

  /**
   * The header of a file's first {@code length} bytes, read as Latin-1 after a UTF-8 byte order
   * mark, with no copy of them made. The header is ASCII but for the package name, which only
   * groups files, so any fixed reading of its bytes does (and a file that is not UTF-8 is
   * reported when it is decoded).
   */
  static GoFileHeader of(byte[] bytes, int length) {
    boolean bom = length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    return of(new Latin1(bytes, bom ? 3 : 0, length));
  }

  static GoFileHeader of(CharSequence text) {
    boolean[] generated = {false};
    int at = LeadingComments.scan(text, (t, from, to, atLineStart) -> {
      if (atLineStart && LeadingComments.startsWith(t, "// Code generated ", from)
          && GENERATED.matcher(t.subSequence(from, to)).matches()) {
        generated[0] = true;
      }
      return false;
    });
    return new GoFileHeader(generated[0], at < text.length() ? packageClause(text, at) : Optional.empty());
  }

  /** The name in {@code package NAME} at {@code i}, if the text there is a package clause. */
  private static Optional<String> packageClause(CharSequence text, int i) {
    if (!LeadingComments.startsWith(text, "package", i)) {
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
    return j > nameStart ? Optional.of(text.subSequence(nameStart, j).toString()) : Optional.empty();
  }

  /** Bytes read as Latin-1 chars, one for one, without a copy. */
  private record Latin1(byte[] bytes, int from, int to) implements CharSequence {
    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      return (char) (bytes[from + index] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Latin1(bytes, from + start, from + end);
    }

    @Override
    public String toString() {
      return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }
}
