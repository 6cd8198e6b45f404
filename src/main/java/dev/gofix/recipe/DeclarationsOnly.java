package dev.gofix.recipe;

import dev.gofix.syntax.GoFileParser;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A Go file's text with the bodies of its top-level functions and methods blanked out (every
 * character between the braces but line ends made a space), read without parsing. The package's
 * facts come from top-level declarations only, so a file that is parsed just for them (it cannot
 * match) is parsed in this form, with the elements of its literals outside functions blanked too
 * ({@link #of(String)}), which costs a fraction of the whole. A file that may match is parsed
 * first with the bodies blanked in which no rule can match ({@link #of(String, Keep)}).
 *
 * <p>The scan knows comments, strings, raw strings and runes, and tells a body's brace from the
 * brace of an {@code interface} or {@code struct} type in a signature. A function without a body
 * ends at a line end after its signature, as Go's semicolon rule has it. When the text is not what
 * the scan expects (an unbalanced bracket, an unterminated literal) it gives up: the caller then
 * parses the whole file. It gives up too on a text with chars beyond 16 bits (two chars each), as
 * it reads the text one byte per char.
 */
final class DeclarationsOnly {
  private DeclarationsOnly() {}

  /** Which bodies to keep: {@code open} and {@code close} are the indexes of a body's braces. */
  @FunctionalInterface
  interface Keep {
    boolean body(String text, int open, int close);
  }

  /**
   * The text with function bodies blanked, and what is between the braces of a composite literal
   * or function literal outside any function ({@code var t = []T{...}}): the package's facts
   * need a literal's type, not its elements. Empty when the scan gave up.
   */
  static Optional<String> of(String text) {
    return of(text, text.getBytes(StandardCharsets.ISO_8859_1), open -> -1);
  }

  /** {@link #of(String)}, with the text's bytes and block ends as {@link #of(String, byte[], Keep, IntUnaryOperator)} takes them. */
  static Optional<String> of(String text, byte[] bytes, IntUnaryOperator blockEnd) {
    return of(text, bytes, (t, open, close) -> false, blockEnd, true);
  }

  /**
   * The text with the function bodies blanked that {@code keep} does not keep; the same text
   * when it keeps all; empty when the scan gave up.
   */
  static Optional<String> of(String text, Keep keep) {
    return of(text, text.getBytes(StandardCharsets.ISO_8859_1), keep, open -> -1, false);
  }

  /**
   * {@link #of(String, Keep)}, with the text one byte per char ({@code String.getBytes} in
   * ISO-8859-1: a char beyond Latin-1 is one '?') and, where a scan of the text has found them,
   * the closing braces of the blocks at the top level ({@code blockEnd}: the index of the brace
   * that closes the one at {@code open}, or -1). The scan then goes from a body's opening brace
   * to its closing one at once.
   */
  static Optional<String> of(String text, byte[] bytes, Keep keep, IntUnaryOperator blockEnd) {
    return of(text, bytes, keep, blockEnd, false);
  }

  /** {@link #of(String, byte[], Keep, IntUnaryOperator)}, with the literals outside functions blanked too if asked. */
  private static Optional<String> of(String text, byte[] bytes, Keep keep, IntUnaryOperator blockEnd, boolean literals) {
    int[] ranges = ranges(text, bytes, keep, blockEnd, literals);
    if (ranges == null) {
      return Optional.empty();
    }
    return Optional.of(ranges.length == 0 ? text : GoFileParser.blanked(text, ranges));
  }

  /**
   * The ranges {@link #of(String)} blanks: the text from each body's (or literal's) opening brace
   * to its closing one, both left out, as pairs of indexes (from, to exclusive), ascending; none
   * when it blanks nothing, null when the scan gave up. {@code GoFileParser.parse(source,
   * ranges)} parses the text as blanked without a copy of it.
   */
  static int[] ranges(String text, byte[] bytes, IntUnaryOperator blockEnd) {
    return ranges(text, bytes, (t, open, close) -> false, blockEnd, true);
  }

  /** The ranges {@link #of(String, byte[], Keep, IntUnaryOperator)} blanks, as {@link #ranges(String, byte[], IntUnaryOperator)} gives them. */
  static int[] ranges(String text, byte[] bytes, Keep keep, IntUnaryOperator blockEnd) {
    return ranges(text, bytes, keep, blockEnd, false);
  }

  private static int[] ranges(String text, byte[] bytes, Keep keep, IntUnaryOperator blockEnd, boolean literals) {
    byte[] s = bytes;
    int n = s.length;
    if (n != text.length()) {
      return null; // a char beyond 16 bits: the indexes differ
    }
    int[] out = new int[16];
    int count = 0;
    int depth = 0; // brackets open at top level
    boolean header = false; // after a top-level "func", before its body or end
    int headerDepth = 0;
    boolean semicolonAtEol = false; // the last token of the header would end a statement at a line end
    int lastWord = OTHER; // the kind of word just before: FUNC, INTERFACE, STRUCT, CHAN, MAP or OTHER
    int i = 0;
    boolean declStart = true; // the next token starts a top-level declaration
    while (i < n) {
      int c = s[i] & 0xff;
      if (c == '/' && i + 1 < n && s[i + 1] == '/') {
        int end = indexOf(s, '\n', i);
        i = end < 0 ? n : end; // the line end is handled below
        continue;
      }
      if (c == '/' && i + 1 < n && s[i + 1] == '*') {
        int end = endOfComment(s, i + 2);
        if (end < 0) {
          return null;
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
          return null;
        }
        i = end;
        semicolonAtEol = true;
        lastWord = OTHER;
        continue;
      }
      boolean startsDecl = declStart;
      declStart = false;
      if (isWordChar(c)) {
        int start = i;
        while (i < n && (isWordChar(s[i] & 0xff) || isOtherLetter(s[i] & 0xff))) {
          i++;
        }
        int word = wordKind(s, start, i);
        if (!header && depth == 0 && startsDecl && word == FUNC) {
          header = true;
          headerDepth = 0;
        }
        semicolonAtEol = word == OTHER;
        lastWord = word;
        continue;
      }
      if (isOtherLetter(c)) {
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
              return null;
            }
          } else if (--depth < 0) {
            return null;
          }
          semicolonAtEol = true;
        }
        case '{' -> {
          boolean typeBody = lastWord == INTERFACE || lastWord == STRUCT;
          boolean body = header && headerDepth == 0 && !typeBody;
          if (body || (literals && !header && depth == 0 && !typeBody)) { // a body, or a literal's braces
            int close = blockEnd.applyAsInt(i);
            if (close < 0 || s[close] != '}') {
              close = endOfBody(s, i);
            }
            if (close < 0) {
              return null;
            }
            if (close > i + 1 && !keep.body(text, i, close)) {
              if (count + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
              }
              out[count++] = i + 1;
              out[count++] = close;
            }
            header &= !body;
            i = close + 1;
            semicolonAtEol = true;
            lastWord = OTHER;
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
      lastWord = OTHER;
      i++;
    }
    if (depth != 0 || (header && headerDepth != 0)) {
      return null;
    }
    return java.util.Arrays.copyOf(out, count);
  }

  /** Kinds of words the scan tells apart: the keywords after which a line end inserts no semicolon, and the rest. */
  private static final int OTHER = 0;
  private static final int FUNC = 1;
  private static final int INTERFACE = 2;
  private static final int STRUCT = 3;
  private static final int CHAN = 4;
  private static final int MAP = 5;

  private static final byte[][] KEYWORDS = {
    null, "func".getBytes(StandardCharsets.ISO_8859_1), "interface".getBytes(StandardCharsets.ISO_8859_1),
    "struct".getBytes(StandardCharsets.ISO_8859_1), "chan".getBytes(StandardCharsets.ISO_8859_1),
    "map".getBytes(StandardCharsets.ISO_8859_1),
  };

  /** The kind of the word {@code s[from, to)}, compared in place: no string is made of it. */
  private static int wordKind(byte[] s, int from, int to) {
    for (int kind = FUNC; kind < KEYWORDS.length; kind++) {
      byte[] k = KEYWORDS[kind];
      if (k.length == to - from && java.util.Arrays.equals(s, from, to, k, 0, k.length)) {
        return kind;
      }
    }
    return OTHER;
  }

  /** The index of the brace that closes the body opening at {@code open}, or -1 when there is none. */
  private static int endOfBody(byte[] s, int open) {
    int n = s.length;
    int level = 0;
    int i = open;
    while (i < n) {
      int c = s[i];
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
      } else if (c == '}' && --level == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** The index after the string, raw string or rune starting at {@code i}, or -1. */
  private static int skipLiteral(byte[] s, int i) {
    byte q = s[i];
    int n = s.length;
    int k = i + 1;
    while (k < n) {
      byte c = s[k];
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
  private static int indexOf(byte[] s, char c, int from) {
    return indexOf(s, c, from, s.length);
  }

  /** The index of the first {@code c} in {@code s[from, to)}, or -1. */
  private static int indexOf(byte[] s, char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s[k] == c) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code s[from, to)} holds a line end. */
  private static boolean hasNewline(byte[] s, int from, int to) {
    return indexOf(s, '\n', from, to) >= 0;
  }

  /** The index of the first star and slash from {@code from} on, or -1. */
  private static int endOfComment(byte[] s, int from) {
    for (int k = from; k + 1 < s.length; k++) {
      if (s[k] == '*' && s[k + 1] == '/') {
        return k;
      }
    }
    return -1;
  }

  private static boolean isWordChar(int c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * A char beyond ASCII, which outside comments and literals can only be a letter of a name: one
   * beyond Latin-1 is a '?' here, a char Go has nowhere else.
   */
  private static boolean isOtherLetter(int c) {
    return c >= 0x80 || c == '?';
  }
}
