package dev.gofix.match;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which operators occur directly inside which kind of bracket: in a pattern's tokens (what every
 * match needs) and in a file's text (what it has). {@code s[a:b]} has {@code :} directly inside
 * square brackets; {@code m[f(x)]} has no operator directly inside its square brackets.
 *
 * <p>A pair is a key: the bracket's kind ({@code (}, {@code [} or <code>{</code>) times the number
 * of operators, plus the operator's place in {@link #OPERATORS}.
 */
final class Nesting {
  private static final String OPENING = "([{";
  private static final String CLOSING = ")]}";

  /**
   * Go's operators and punctuation other than brackets, longest first: at each place the scan
   * takes the longest that fits, as Go's scanner does.
   */
  private static final String[] OPERATORS = {
    "<<=", ">>=", "&^=", "...",
    "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=",
    "|=", "^=", "<<", ">>", "&^",
    "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "~", ":", ".", ",", ";",
  };

  /** {@link #OPERATORS} one byte per char, as the scan compares them. */
  private static final byte[][] OPERATOR_BYTES = new byte[OPERATORS.length][];

  static {
    for (int k = 0; k < OPERATORS.length; k++) {
      OPERATOR_BYTES[k] = latin1(OPERATORS[k]);
    }
  }

  /** Per ASCII character, the operators that start with it, longest first; null for none. */
  private static final int[][] STARTING_WITH = new int[128][];

  static {
    for (int k = 0; k < OPERATORS.length; k++) {
      char first = OPERATORS[k].charAt(0);
      int[] before = STARTING_WITH[first] == null ? new int[0] : STARTING_WITH[first];
      int[] after = java.util.Arrays.copyOf(before, before.length + 1);
      after[before.length] = k;
      STARTING_WITH[first] = after;
    }
  }

  private static final byte OTHER = 0;
  private static final byte OPEN = 1;
  private static final byte CLOSE = 2;
  private static final byte QUOTE = 3;
  private static final byte OPERATOR = 4;
  /** Per ASCII character, what it may start: the scan looks at each character once. */
  private static final byte[] KIND = new byte[128];

  static {
    for (int k = 0; k < OPERATORS.length; k++) {
      KIND[OPERATORS[k].charAt(0)] = OPERATOR;
    }
    for (char c : OPENING.toCharArray()) {
      KIND[c] = OPEN;
    }
    for (char c : CLOSING.toCharArray()) {
      KIND[c] = CLOSE;
    }
    KIND['"'] = QUOTE;
    KIND['\''] = QUOTE;
    KIND['`'] = QUOTE;
  }

  private Nesting() {}

  /**
   * The pairs a pattern needs, from its leaves in order (null for a metavariable, which binds a
   * balanced piece of syntax): each operator with the innermost of the pattern's own brackets
   * around it. None when the pattern's brackets do not pair up.
   */
  static Set<Integer> required(List<String> leaves) {
    Set<Integer> keys = new TreeSet<>();
    StringBuilder open = new StringBuilder();
    for (String leaf : leaves) {
      if (leaf == null) {
        continue;
      }
      if (leaf.length() == 1 && OPENING.indexOf(leaf.charAt(0)) >= 0) {
        open.append(leaf.charAt(0));
      } else if (leaf.length() == 1 && CLOSING.indexOf(leaf.charAt(0)) >= 0) {
        int depth = open.length();
        if (depth == 0 || OPENING.indexOf(open.charAt(depth - 1)) != CLOSING.indexOf(leaf.charAt(0))) {
          return Set.of();
        }
        open.setLength(depth - 1);
      } else if (open.length() > 0) {
        int op = operator(leaf);
        if (op >= 0) {
          keys.add(key(OPENING.indexOf(open.charAt(open.length() - 1)), op));
        }
      }
    }
    return open.length() == 0 ? keys : Set.of();
  }

  /**
   * The pairs a text has, indexed by key: one pass that follows the brackets of the code and
   * skips comments and string and rune literals. An operator inside a number ({@code 1.5}, {@code
   * 1e-3}) is counted too, which can only let more files through.
   */
  static boolean[] scan(String text) {
    Tracker tracker = new Tracker(latin1(text));
    for (int i = 0; i < tracker.text.length; i++) {
      tracker.at(i);
    }
    return tracker.found;
  }

  /**
   * The text one byte per char, as the scans read it: a char beyond Latin-1 (or a surrogate pair)
   * becomes one '?', which is no part of any Go token. The scans need no positions in the text.
   */
  static byte[] latin1(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** Whether the character can start a bracket, operator, comment or literal (else the tracker passes it by). */
  static boolean matters(int c) {
    return c < 128 && KIND[c] != OTHER;
  }

  /**
   * Follows the brackets of a text: shown every index in order (or only those whose character
   * {@link #matters}: it passes the others by), it notes each operator
   * directly inside a bracket in {@link #found}, and tells when a brace opens or closes at the
   * top level (no bracket open around it).
   */
  static final class Tracker {
    /** What {@link #at} returns: nothing of note; a brace opened at the top level; the top level reached again. */
    static final int NONE = 0;
    static final int OPENED_TOP_BRACE = 1;
    static final int BACK_AT_TOP = 2;
    /** A comment starts here; it ends before {@link #next()}. */
    static final int COMMENT = 3;

    final byte[] text;
    /** By key; a scan may swap in another array to count a part of the text apart. */
    boolean[] found = new boolean[KEYS];
    /** The kinds ({@link #OPENING} indexes) of the brackets open at this point, innermost last. */
    private byte[] open = new byte[64];
    private int depth;
    /** The first index not yet consumed: within a comment, a literal or an operator before it. */
    private int next;

    Tracker(byte[] text) {
      this.text = text;
    }

    /** The first index not yet consumed: after a comment {@link #at} met, its end. */
    int next() {
      return next;
    }

    int at(int i) {
      if (i < next) {
        return NONE;
      }
      int c = text[i] & 0xff;
      int kind = c < 128 ? KIND[c] : OTHER;
      next = i + 1;
      if (kind == OPEN) {
        if (depth == open.length) {
          open = java.util.Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = (byte) OPENING.indexOf(c);
        return depth == 1 && c == '{' ? OPENED_TOP_BRACE : NONE;
      } else if (kind == CLOSE) {
        if (depth > 0) {
          depth--;
          return depth == 0 ? BACK_AT_TOP : NONE;
        }
      } else if (kind == QUOTE) {
        next = c == '`' ? endOfRaw(text, i) : endOfQuoted(text, i, c);
      } else if (kind == OPERATOR) {
        int following = i + 1 < text.length ? text[i + 1] : 0;
        if (c == '/' && following == '/') {
          next = indexOf(text, '\n', i + 2, text.length);
          return COMMENT;
        } else if (c == '/' && following == '*') {
          next = endOfComment(text, i + 2);
          return COMMENT;
        } else {
          int op = operatorAt(text, i, STARTING_WITH[c]); // each first character is an operator alone
          if (depth > 0) {
            found[key(open[depth - 1], op)] = true;
          }
          next = i + OPERATOR_BYTES[op].length;
        }
      }
      return NONE;
    }
  }

  /** The number of keys: the size of {@link Tracker#found}. */
  static final int KEYS = OPENING.length() * OPERATORS.length;

  /** A key as text: the bracket, then the operator ({@code [:}). */
  static String describe(int key) {
    return OPENING.charAt(key / OPERATORS.length) + OPERATORS[key % OPERATORS.length];
  }

  private static int key(int bracket, int operator) {
    return bracket * OPERATORS.length + operator;
  }

  private static int operator(String token) {
    for (int k = 0; k < OPERATORS.length; k++) {
      if (OPERATORS[k].equals(token)) {
        return k;
      }
    }
    return -1;
  }

  /** The longest of the candidate operators that starts at {@code i}, or -1. */
  private static int operatorAt(byte[] text, int i, int[] candidates) {
    for (int k : candidates) {
      byte[] op = OPERATOR_BYTES[k];
      if (i + op.length <= text.length) {
        boolean all = true;
        for (int j = 1; j < op.length && all; j++) {
          all = text[i + j] == op[j];
        }
        if (all) {
          return k;
        }
      }
    }
    return -1;
  }

  private static int indexOf(byte[] text, int b, int from, int notFound) {
    for (int j = from; j < text.length; j++) {
      if (text[j] == b) {
        return j;
      }
    }
    return notFound;
  }

  /** The index after the comment's closing star and slash, searched from {@code i}. */
  private static int endOfComment(byte[] text, int i) {
    for (int j = i; j + 1 < text.length; j++) {
      if (text[j] == '*' && text[j + 1] == '/') {
        return j + 2;
      }
    }
    return text.length;
  }

  /** The index after a raw string literal that starts at {@code i}. */
  private static int endOfRaw(byte[] text, int i) {
    int end = indexOf(text, '`', i + 1, -1);
    return end < 0 ? text.length : end + 1;
  }

  /** The index after a string or rune literal that starts at {@code i}; a line break ends it too. */
  private static int endOfQuoted(byte[] text, int i, int quote) {
    int n = text.length;
    int j = i + 1;
    while (j < n) {
      int c = text[j];
      if (c == '\\') {
        j += 2;
      } else if (c == quote) {
        return j + 1;
      } else if (c == '\n') {
        return j;
      } else {
        j++;
      }
    }
    return n;
  }
}
