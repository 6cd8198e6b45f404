package dev.gofix.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A hand-written scanner that gives the same tokens as {@link GoLexer} (type, channel, start,
 * stop, line, column) for the text nearly every Go file is made of, several times faster than
 * ANTLR's lexer interpreter. {@code GoLexer.g4} stays the definition of the tokens: where the text
 * is anything this scanner does not handle exactly as that grammar does (an identifier or any
 * character outside literals and comments that is not ASCII, a code point beyond 16 bits, a hex
 * float, an unusual number, an escape or literal the grammar rejects), it stops with
 * {@link Unsupported} and the caller lexes the whole file with {@code GoLexer} instead.
 * {@code GoScannerTest} compares the two on every file of the Go distribution.
 */
final class GoScanner implements TokenSource {
  /** The text needs {@link GoLexer}; thrown before any token of the file is used. */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();

  private final String text;
  /**
   * The text's characters: indexing an array is cheaper than String.charAt on the hot path. Let
   * go at the end of the text: the tokens keep this scanner as their source for as long as the
   * file is held.
   */
  private char[] s;
  private final int n;
  private final CharStream chars;
  private final Pair<TokenSource, CharStream> pair;
  private int i;
  private int line = 1;
  private int column;
  /**
   * The ranges read as white space, as pairs of indexes (from, to exclusive), ascending; {@link
   * #blank} indexes the next one, {@link #blankFrom} is where it starts (past the end: none).
   */
  private final int[] blanks;
  private int blank;
  private int blankFrom;

  /** A scanner of {@code text}, whose tokens refer to {@code chars} (the same text) for their text. */
  GoScanner(String text, CharStream chars) {
    this(text, chars, NO_BLANKS);
  }

  private static final int[] NO_BLANKS = {};

  /**
   * A scanner of {@code text} that reads the ranges in {@code blanks} (pairs of indexes, from and
   * to exclusive, non-empty and ascending) as if each of their characters but line ends were a
   * space: the tokens are those of the text so blanked, each range within one white-space token
   * (whose text is the original's). Nothing in a range is looked at but its line ends.
   */
  GoScanner(String text, CharStream chars, int[] blanks) {
    if (chars.size() != text.length()) {
      throw UNSUPPORTED; // code points beyond 16 bits: token offsets count code points
    }
    this.text = text;
    this.s = text.toCharArray();
    this.n = s.length;
    this.chars = chars;
    this.pair = new Pair<>(this, chars);
    this.blanks = blanks;
    this.blankFrom = blanks.length > 0 ? blanks[0] : Integer.MAX_VALUE;
  }

  @Override
  public Token nextToken() {
    if (i >= n) {
      s = null;
      return token(Token.EOF, Token.DEFAULT_CHANNEL, i, line, column);
    }
    int start = i;
    int startLine = line;
    int startColumn = column;
    if (i >= blankFrom) {
      if (i > blankFrom) {
        throw UNSUPPORTED; // a range that starts inside a token: the caller blanks the text itself
      }
      return whitespace(start, startLine, startColumn);
    }
    char c = s[i];
    int type;
    int channel = Token.DEFAULT_CHANNEL;
    if (isLetter(c)) {
      int j = i + 1;
      while (j < n && isLetterOrDigit(s[j])) {
        j++;
      }
      if (j < n && s[j] >= 0x80) {
        throw UNSUPPORTED;
      }
      type = keyword(start, j - start);
      i = j;
    } else if (c >= '0' && c <= '9') {
      type = number();
    } else {
      switch (c) {
        case ' ', '\t', '\r', '\n' -> {
          return whitespace(start, startLine, startColumn);
        }
        case '"' -> type = string();
        case '`' -> {
          int end = text.indexOf('`', i + 1);
          if (end < 0) {
            throw UNSUPPORTED;
          }
          advanceOverLines(end + 1);
          return token(GoLexer.RAW_STRING_LIT, Token.DEFAULT_CHANNEL, start, startLine, startColumn);
        }
        case '\'' -> type = rune();
        case '/' -> {
          if (at(1) == '/') {
            int j = i + 2;
            while (j < n && s[j] != '\n' && s[j] != '\r') {
              j++;
            }
            i = j;
            column += i - start;
            return token(GoLexer.LINE_COMMENT, GoLexer.COMMENTS, start, startLine, startColumn);
          }
          if (at(1) == '*') {
            int end = text.indexOf("*/", i + 2);
            if (end < 0) {
              throw UNSUPPORTED;
            }
            advanceOverLines(end + 2);
            return token(GoLexer.GENERAL_COMMENT, GoLexer.COMMENTS, start, startLine, startColumn);
          }
          type = at(1) == '=' ? op(2, GoLexer.QUO_ASSIGN) : op(1, GoLexer.DIV);
        }
        case '.' -> {
          if (isDigit(at(1))) {
            type = number();
          } else if (at(1) == '.' && at(2) == '.') {
            type = op(3, GoLexer.ELLIPSIS);
          } else {
            type = op(1, GoLexer.DOT);
          }
        }
        case ',' -> type = op(1, GoLexer.COMMA);
        case ';' -> type = op(1, GoLexer.SEMI);
        case ':' -> type = at(1) == '=' ? op(2, GoLexer.DECLARE_ASSIGN) : op(1, GoLexer.COLON);
        case '(' -> type = op(1, GoLexer.L_PAREN);
        case ')' -> type = op(1, GoLexer.R_PAREN);
        case '[' -> type = op(1, GoLexer.L_BRACKET);
        case ']' -> type = op(1, GoLexer.R_BRACKET);
        case '{' -> type = op(1, GoLexer.L_CURLY);
        case '}' -> type = op(1, GoLexer.R_CURLY);
        case '=' -> type = at(1) == '=' ? op(2, GoLexer.EQUALS) : op(1, GoLexer.ASSIGN);
        case '+' -> type = at(1) == '=' ? op(2, GoLexer.ADD_ASSIGN)
            : at(1) == '+' ? op(2, GoLexer.PLUS_PLUS) : op(1, GoLexer.PLUS);
        case '-' -> type = at(1) == '=' ? op(2, GoLexer.SUB_ASSIGN)
            : at(1) == '-' ? op(2, GoLexer.MINUS_MINUS) : op(1, GoLexer.MINUS);
        case '*' -> type = at(1) == '=' ? op(2, GoLexer.MUL_ASSIGN) : op(1, GoLexer.STAR);
        case '%' -> type = at(1) == '=' ? op(2, GoLexer.REM_ASSIGN) : op(1, GoLexer.MOD);
        case '&' -> {
          if (at(1) == '^') {
            type = at(2) == '=' ? op(3, GoLexer.AND_NOT_ASSIGN) : op(2, GoLexer.AND_NOT);
          } else {
            type = at(1) == '=' ? op(2, GoLexer.AND_ASSIGN)
                : at(1) == '&' ? op(2, GoLexer.LOGICAL_AND) : op(1, GoLexer.AMPERSAND);
          }
        }
        case '|' -> type = at(1) == '=' ? op(2, GoLexer.OR_ASSIGN)
            : at(1) == '|' ? op(2, GoLexer.LOGICAL_OR) : op(1, GoLexer.OR);
        case '^' -> type = at(1) == '=' ? op(2, GoLexer.XOR_ASSIGN) : op(1, GoLexer.CARET);
        case '!' -> type = at(1) == '=' ? op(2, GoLexer.NOT_EQUALS) : op(1, GoLexer.EXCLAMATION);
        case '~' -> type = op(1, GoLexer.TILDE);
        case '<' -> {
          if (at(1) == '<') {
            type = at(2) == '=' ? op(3, GoLexer.SHL_ASSIGN) : op(2, GoLexer.SHL);
          } else {
            type = at(1) == '=' ? op(2, GoLexer.LESS_OR_EQUALS)
                : at(1) == '-' ? op(2, GoLexer.RECEIVE) : op(1, GoLexer.LESS);
          }
        }
        case '>' -> {
          if (at(1) == '>') {
            type = at(2) == '=' ? op(3, GoLexer.SHR_ASSIGN) : op(2, GoLexer.SHR);
          } else {
            type = at(1) == '=' ? op(2, GoLexer.GREATER_OR_EQUALS) : op(1, GoLexer.GREATER);
          }
        }
        case '\uFEFF' -> {
          type = op(1, GoLexer.BYTE_ORDER_MARK);
          channel = Token.HIDDEN_CHANNEL;
        }
        default -> throw UNSUPPORTED;
      }
    }
    column += i - start; // no token of these kinds spans lines
    return token(type, channel, start, startLine, startColumn);
  }

  /** White space from {@code start}, with the blanked ranges in or next to it. */
  private Token whitespace(int start, int startLine, int startColumn) {
    int lineStart = -1; // after the last line end passed
    while (i < n) {
      if (i == blankFrom) {
        int to = blanks[blank + 1];
        for (int j = i; j < to; j++) {
          if (s[j] == '\n') {
            line++;
            lineStart = j + 1;
          }
        }
        i = to;
        blank += 2;
        blankFrom = blank < blanks.length ? blanks[blank] : Integer.MAX_VALUE;
        continue;
      }
      char c = s[i];
      if (!isSpace(c)) {
        break;
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
    column = lineStart < 0 ? column + (i - start) : i - lineStart;
    return token(GoLexer.WHITESPACE, Token.HIDDEN_CHANNEL, start, startLine, startColumn);
  }

  private Token token(int type, int channel, int start, int startLine, int startColumn) {
    return CommonTokenFactory.DEFAULT.create(pair, type, null, channel, start, i - 1, startLine, startColumn);
  }

  /** The character {@code k} ahead of the current one; 0 past the end. */
  private char at(int k) {
    return i + k < n ? s[i + k] : 0;
  }

  private int op(int length, int type) {
    i += length;
    return type;
  }

  /** Moves to {@code end}, counting the lines in between as ANTLR does: at '\n' only. */
  private void advanceOverLines(int end) {
    int lastNewline = text.lastIndexOf('\n', end - 1);
    if (lastNewline >= i) {
      for (int j = i; j < end; j++) {
        if (s[j] == '\n') {
          line++;
        }
      }
      column = end - lastNewline - 1;
    } else {
      column += end - i;
    }
    i = end;
  }

  /** A string literal, escapes checked as the grammar has them. */
  private int string() {
    int j = i + 1;
    while (true) {
      char c = j < n ? s[j] : '\n';
      if (c == '"') {
        i = j + 1;
        return GoLexer.STRING_LIT;
      }
      if (c == '\n' || c == '\r' || Character.isSurrogate(c)) {
        throw UNSUPPORTED; // an unterminated string: GoLexer reports it
      }
      j = c == '\\' ? escape(j) : j + 1;
    }
  }

  /** A rune literal: one character or one escape between quotes. */
  private int rune() {
    int j = i + 1;
    char c = j < n ? s[j] : '\n';
    if (c == '\'' || c == '\n' || c == '\r') {
      throw UNSUPPORTED;
    }
    j = c == '\\' ? escape(j) : j + 1;
    if (j >= n || s[j] != '\'') {
      throw UNSUPPORTED;
    }
    i = j + 1;
    return GoLexer.RUNE_LIT;
  }

  /** The index after the escape at {@code j} (a backslash). */
  private int escape(int j) {
    char c = j + 1 < n ? s[j + 1] : 0;
    switch (c) {
      case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '\'', '"' -> {
        return j + 2;
      }
      case 'x' -> {
        return hexDigits(j + 2, 2);
      }
      case 'u' -> {
        return hexDigits(j + 2, 4);
      }
      case 'U' -> {
        return hexDigits(j + 2, 8);
      }
      default -> {
        if (isOctal(c) && j + 3 < n && isOctal(s[j + 2]) && isOctal(s[j + 3])) {
          return j + 4;
        }
        throw UNSUPPORTED;
      }
    }
  }

  private int hexDigits(int from, int count) {
    if (from + count > n) {
      throw UNSUPPORTED;
    }
    for (int k = from; k < from + count; k++) {
      if (!isHex(s[k])) {
        throw UNSUPPORTED;
      }
    }
    return from + count;
  }

  /**
   * A number literal in one of the forms Go code is written in: decimal integers and floats with
   * optional exponent, hex, octal and binary integers, each optionally imaginary. Anything else
   * (hex floats, a '_' not between digits, a letter right after) goes to GoLexer.
   */
  private int number() {
    int j = i;
    int type = GoLexer.INT_LIT;
    char c0 = s[j];
    char c1 = j + 1 < n ? s[j + 1] : 0;
    if (c0 == '0' && (c1 == 'x' || c1 == 'X')) {
      j += 2;
      if (j < n && s[j] == '_') {
        j++;
      }
      j = digits(j, true);
      if (j < n && (s[j] == '.' || s[j] == 'p' || s[j] == 'P')) {
        throw UNSUPPORTED;
      }
    } else if (c0 == '0' && (c1 == 'b' || c1 == 'B' || c1 == 'o' || c1 == 'O')) {
      j += 2;
      if (j < n && s[j] == '_') {
        j++;
      }
      j = digits(j, false);
    } else {
      if (c0 != '.') {
        j = digits(j, false);
      }
      if (j < n && s[j] == '.') {
        type = GoLexer.FLOAT_LIT;
        j++;
        if (j < n && isDigit(s[j])) {
          j = digits(j, false);
        } else if (c0 == '.' || (j < n && s[j] == '.')) {
          throw UNSUPPORTED;
        }
      }
      if (j < n && (s[j] == 'e' || s[j] == 'E')) {
        type = GoLexer.FLOAT_LIT;
        j++;
        if (j < n && (s[j] == '+' || s[j] == '-')) {
          j++;
        }
        j = digits(j, false);
      }
    }
    if (j < n && s[j] == 'i') {
      type = GoLexer.IMAGINARY_LIT;
      j++;
    }
    if (j < n && (isLetterOrDigit(s[j]) || s[j] == '.' || s[j] >= 0x80)) {
      throw UNSUPPORTED;
    }
    i = j;
    return type;
  }

  /** Digits from {@code j}, a single '_' allowed between two of them; at least one. */
  private int digits(int j, boolean hex) {
    if (j >= n || !(hex ? isHex(s[j]) : isDigit(s[j]))) {
      throw UNSUPPORTED;
    }
    j++;
    while (j < n) {
      char c = s[j];
      if (hex ? isHex(c) : isDigit(c)) {
        j++;
      } else if (c == '_' && j + 1 < n && (hex ? isHex(s[j + 1]) : isDigit(s[j + 1]))) {
        j += 2;
      } else if (c == '_') {
        throw UNSUPPORTED;
      } else {
        break;
      }
    }
    return j;
  }

  /** The keyword type of the identifier at {@code start}, or IDENTIFIER. */
  private int keyword(int start, int length) {
    if (length < 2 || length > 11) {
      return GoLexer.IDENTIFIER;
    }
    switch (s[start]) {
      case 'b':
        return is(start, length, "break") ? GoLexer.BREAK : GoLexer.IDENTIFIER;
      case 'c':
        return is(start, length, "case") ? GoLexer.CASE
            : is(start, length, "chan") ? GoLexer.CHAN
            : is(start, length, "const") ? GoLexer.CONST
            : is(start, length, "continue") ? GoLexer.CONTINUE : GoLexer.IDENTIFIER;
      case 'd':
        return is(start, length, "default") ? GoLexer.DEFAULT
            : is(start, length, "defer") ? GoLexer.DEFER : GoLexer.IDENTIFIER;
      case 'e':
        return is(start, length, "else") ? GoLexer.ELSE : GoLexer.IDENTIFIER;
      case 'f':
        return is(start, length, "for") ? GoLexer.FOR
            : is(start, length, "func") ? GoLexer.FUNC
            : is(start, length, "fallthrough") ? GoLexer.FALLTHROUGH : GoLexer.IDENTIFIER;
      case 'g':
        return is(start, length, "go") ? GoLexer.GO
            : is(start, length, "goto") ? GoLexer.GOTO : GoLexer.IDENTIFIER;
      case 'i':
        return is(start, length, "if") ? GoLexer.IF
            : is(start, length, "import") ? GoLexer.IMPORT
            : is(start, length, "interface") ? GoLexer.INTERFACE : GoLexer.IDENTIFIER;
      case 'm':
        return is(start, length, "map") ? GoLexer.MAP : GoLexer.IDENTIFIER;
      case 'p':
        return is(start, length, "package") ? GoLexer.PACKAGE : GoLexer.IDENTIFIER;
      case 'r':
        return is(start, length, "range") ? GoLexer.RANGE
            : is(start, length, "return") ? GoLexer.RETURN : GoLexer.IDENTIFIER;
      case 's':
        return is(start, length, "select") ? GoLexer.SELECT
            : is(start, length, "struct") ? GoLexer.STRUCT
            : is(start, length, "switch") ? GoLexer.SWITCH : GoLexer.IDENTIFIER;
      case 't':
        return is(start, length, "type") ? GoLexer.TYPE : GoLexer.IDENTIFIER;
      case 'v':
        return is(start, length, "var") ? GoLexer.VAR : GoLexer.IDENTIFIER;
      default:
        return GoLexer.IDENTIFIER;
    }
  }

  private boolean is(int start, int length, String keyword) {
    return keyword.length() == length && text.startsWith(keyword, start);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getCharPositionInLine() {
    return column;
  }

  @Override
  public CharStream getInputStream() {
    return chars;
  }

  @Override
  public String getSourceName() {
    return chars.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    throw new UnsupportedOperationException("GoScanner makes CommonTokens only");
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return CommonTokenFactory.DEFAULT;
  }
}
