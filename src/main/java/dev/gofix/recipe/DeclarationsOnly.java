package dev.gofix.recipe;

import java.util.Optional;

/**
 * A Go file's text with the bodies of its top-level functions and methods blanked out (every
 * character between the braces but line ends made a space), read without parsing. The package's
 * facts come from top-level declarations only, so a file that is parsed just for them (it cannot
 * match) is parsed in this form, which costs a fraction of the whole. A file that may match is
 * parsed first with the bodies blanked in which no rule can match ({@link #of(String, Keep)}).
 *
 * <p>The scan knows comments, strings, raw strings and runes, and tells a body's brace from the
 * brace of an {@code interface} or {@code struct} type in a signature. A function without a body
 * ends at a line end after its signature, as Go's semicolon rule has it. When the text is not what
 * the scan expects (an unbalanced bracket, an unterminated literal) it gives up: the caller then
 * parses the whole file.
 */
final class DeclarationsOnly {
  private DeclarationsOnly() {}

  private static final class Scan {
    final String s;
    final Keep keep;
    /** The text's chars (read faster than the String's), blanked in place as the scan goes. */
    final char[] chars;
    /** Whether a body was blanked. */
    boolean blanked;

    Scan(String s, Keep keep) {
      this.s = s;
      this.keep = keep;
      this.chars = s.toCharArray();
    }
  }

  /** Which bodies to keep: {@code open} and {@code close} are the indexes of a body's braces. */
  @FunctionalInterface
  interface Keep {
    boolean body(String text, int open, int close);
  }

  /** The text with function bodies blanked, or empty when the scan gave up. */
  static Optional<String> of(String text) {
    return of(text, (t, open, close) -> false);
  }

  /**
   * The text with the function bodies blanked that {@code keep} does not keep; the same text
   * when it keeps all; empty when the scan gave up.
   */
  static Optional<String> of(String text, Keep keep) {
    Scan sc = new Scan(text, keep);
    char[] s = sc.chars; // a body already scanned is blanked: the scan never reads it again
    int n = s.length;
    int depth = 0; // brackets open at top level
    boolean header = false; // after a top-level "func", before its body or end
    int headerDepth = 0;
    boolean semicolonAtEol = false; // the last token of the header would end a statement at a line end
    String lastWord = "";
    int i = 0;
    boolean declStart = true; // the next token starts a top-level declaration
    while (i < n) {
      char c = s[i];
      if (c == '/' && i + 1 < n && s[i + 1] == '/') {
        int end = indexOf(s, '\n', i);
        i = end < 0 ? n : end; // the line end is handled below
        continue;
      }
      if (c == '/' && i + 1 < n && s[i + 1] == '*') {
        int end = endOfComment(s, i + 2);
        if (end < 0) {
          return Optional.empty();
        }
        boolean newline = hasNewline(s, i, end);
        i = end + 2;
        if (newline && header && headerDepth == 0 && semicolonAtEol) {
          header = false;
        }
        if (newline && !header && depth == 0 && semicolonAtEol) {
          declStart = true;
        }
        continue;
      }
      if (c == '\n') {
        if (header && headerDepth == 0 && semicolonAtEol) {
          header = false; // a function without a body
        }
        if (!header && depth == 0 && semicolonAtEol) {
          declStart = true;
        }
        i++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        int end = skipLiteral(s, i);
        if (end < 0) {
          return Optional.empty();
        }
        i = end;
        semicolonAtEol = true;
        lastWord = "";
        continue;
      }
      boolean startsDecl = declStart;
      declStart = false;
      if (isWordChar(c)) {
        int start = i;
        while (i < n && (isWordChar(s[i]) || s[i] >= 0x80)) {
          i++;
        }
        String word = new String(s, start, i - start);
        if (!header && depth == 0 && startsDecl && word.equals("func")) {
          header = true;
          headerDepth = 0;
        }
        semicolonAtEol = !word.equals("func") && !word.equals("interface") && !word.equals("struct")
            && !word.equals("chan") && !word.equals("map");
        lastWord = word;
        continue;
      }
      if (c >= 0x80) {
        i++;
        continue;
      }
      switch (c) {
        case '(', '[' -> {
          if (header) {
            headerDepth++;
          } else {
            depth++;
          }
          semicolonAtEol = false;
        }
        case ')', ']', '}' -> {
          if (header) {
            if (--headerDepth < 0) {
              return Optional.empty();
            }
          } else if (--depth < 0) {
            return Optional.empty();
          }
          semicolonAtEol = true;
        }
        case '{' -> {
          if (header && headerDepth == 0 && !lastWord.equals("interface") && !lastWord.equals("struct")) {
            int end = blankBody(sc, i);
            if (end < 0) {
              return Optional.empty();
            }
            header = false;
            i = end;
            semicolonAtEol = true;
            lastWord = "";
            continue;
          }
          if (header) {
            headerDepth++;
          } else {
            depth++;
          }
          semicolonAtEol = false;
        }
        case ';' -> {
          semicolonAtEol = false;
          declStart = !header && depth == 0;
        }
        default -> semicolonAtEol = false;
      }
      lastWord = "";
      i++;
    }
    if (depth != 0 || (header && headerDepth != 0)) {
      return Optional.empty();
    }
    return Optional.of(sc.blanked ? new String(s) : text);
  }

  /**
   * Blanks what is between the brace at {@code open} and its partner, unless the scan keeps that
   * body; returns the index after the closing brace, or -1 when there is none.
   */
  private static int blankBody(Scan sc, int open) {
    char[] s = sc.chars;
    int n = s.length;
    int level = 0;
    int i = open;
    while (i < n) {
      char c = s[i];
      if (c == '/' && i + 1 < n && s[i + 1] == '/') {
        int end = indexOf(s, '\n', i);
        i = end < 0 ? n : end;
        continue;
      }
      if (c == '/' && i + 1 < n && s[i + 1] == '*') {
        int end = endOfComment(s, i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 2;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') {
        int end = skipLiteral(s, i);
        if (end < 0) {
          return -1;
        }
        i = end;
        continue;
      }
      if (c == '{') {
        level++;
      } else if (c == '}') {
        if (--level == 0) {
          if (i > open + 1 && !sc.keep.body(sc.s, open, i)) {
            sc.blanked = true;
            for (int k = open + 1; k < i; k++) {
              if (s[k] != '\n') {
                s[k] = ' ';
              }
            }
          }
          return i + 1;
        }
      }
      i++;
    }
    return -1;
  }

  /** The index after the string, raw string or rune starting at {@code i}, or -1. */
  private static int skipLiteral(char[] s, int i) {
    char q = s[i];
    int n = s.length;
    int k = i + 1;
    while (k < n) {
      char c = s[k];
      if (c == q) {
        return k + 1;
      }
      if (q != '`') {
        if (c == '\n') {
          return -1;
        }
        if (c == '\\') {
          k++;
        }
      }
      k++;
    }
    return -1;
  }

  /** The index of the first {@code c} from {@code from} on, or -1. */
  private static int indexOf(char[] s, char c, int from) {
    for (int k = from; k < s.length; k++) {
      if (s[k] == c) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code s[from, to)} holds a line end. */
  private static boolean hasNewline(char[] s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s[k] == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The index of the first star and slash from {@code from} on, or -1. */
  private static int endOfComment(char[] s, int from) {
    for (int k = from; k + 1 < s.length; k++) {
      if (s[k] == '*' && s[k + 1] == '/') {
        return k;
      }
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
