package dev.gofix.syntax;

/**
 * The comments at the top of a Go file, before its first other text (the package clause, in a
 * file that parses), read from the text without lexing it: what a file's header says (a
 * generated-code marker, a {@code //go:build} line) is found there before anything is parsed.
 */
public final class LeadingComments {
  private LeadingComments() {}

  /** What is done with each line comment, in order. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Sees the line comment {@code text[from, to)}, its line end aside ({@code \r\n} or
     * {@code \n}); {@code atLineStart} when nothing comes before it on its line. Returns true to
     * stop there.
     */
    boolean visit(CharSequence text, int from, int to, boolean atLineStart);
  }

  /**
   * Visits the line comments before the first text that is neither white space nor a comment
   * (a leading byte order mark aside, as Go reads one). Returns the index of that text (the
   * text's length when there is none), or -1 when the visitor stopped.
   */
  public static int scan(CharSequence text, Visitor visitor) {
    int n = text.length();
    int first = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else if (startsWith(text, "//", i)) {
        int end = indexOf(text, "\n", i);
        end = end < 0 ? n : end;
        int lineEnd = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
        if (visitor.visit(text, i, lineEnd, i == first || text.charAt(i - 1) == '\n')) {
          return -1;
        }
        i = end;
      } else if (startsWith(text, "/*", i)) {
        int end = indexOf(text, "*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        return i;
      }
    }
    return n;
  }

  /** Whether {@code prefix} is in the text at {@code at}. */
  public static boolean startsWith(CharSequence text, String prefix, int at) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence text, String s, int from) {
    for (int at = from, last = text.length() - s.length(); at <= last; at++) {
      if (startsWith(text, s, at)) {
        return at;
      }
    }
    return -1;
  }
}
