package dev.gofix.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The tokens of one Go file, with the semicolons that the Go specification inserts at line ends.
 *
 * <p>The rule (specification, "Semicolons"): when the input is broken into tokens, a semicolon is
 * inserted after a line's final token if that token is an identifier, a basic literal, one of the
 * keywords break, continue, fallthrough, return, or one of ++ -- ) ] }. A line comment, and a
 * general comment that spans lines, count as a line end; so does the end of the file.
 *
 * <p>An inserted semicolon is a zero-width token of type {@code SEMI} with empty text placed
 * directly after the token that triggered it, so printing all tokens still yields the input
 * byte for byte. {@link #isInserted(Token)} tells it from a written semicolon.
 */
public final class GoTokenSource implements TokenSource {
  /** The raw tokens: {@link GoLexer}, or {@link GoScanner} which gives the same ones faster. */
  private final TokenSource lexer;
  private final ArrayDeque<Token> pending = new ArrayDeque<>();
  private final List<LexicalError> lexicalErrors = new ArrayList<>();
  private boolean afterTrigger;
  /** The source of the semicolons this class inserts: one pair for all of them. */
  private Pair<TokenSource, CharStream> insertedSource;

  public GoTokenSource(GoLexer lexer) {
    this.lexer = lexer;
  }

  GoTokenSource(GoScanner scanner) {
    this.lexer = scanner;
  }

  /** Whether the token is a semicolon inserted at a line end rather than written in the source. */
  public static boolean isInserted(Token token) {
    return token.getType() == GoLexer.SEMI && token.getStopIndex() < token.getStartIndex();
  }

  /** A token the lexer read but Go does not accept, with the reason. */
  public record LexicalError(Token token, String message) {}

  /**
   * Lexical errors the grammar cannot express, in input order: number literals whose digits do not
   * fit their base ("08", "0b2"), and a byte order mark after the start of the file.
   */
  public List<LexicalError> lexicalErrors() {
    return lexicalErrors;
  }

  @Override
  public Token nextToken() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    Token token = read();
    if (!afterTrigger) {
      return onDefaultToken(token);
    }
    // After a trigger token, look through the hidden tokens that follow: the semicolon goes in
    // front of them if they end the line, and nowhere if a token on the same line comes first.
    while (token.getChannel() != Token.DEFAULT_CHANNEL && !endsLine(token)) {
      pending.add(token);
      token = read();
    }
    afterTrigger = false;
    if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
      Token anchor = pending.isEmpty() ? token : pending.peek();
      pending.addFirst(inserted(anchor));
      pending.add(token);
      return pending.poll();
    }
    pending.add(onDefaultToken(token));
    return pending.poll();
  }

  private Token read() {
    Token token = lexer.nextToken();
    if (token.getType() == GoLexer.BYTE_ORDER_MARK && token.getStartIndex() != 0) {
      lexicalErrors.add(new LexicalError(token, "invalid BOM in the middle of the file"));
    }
    return token;
  }

  private Token onDefaultToken(Token token) {
    if (token.getChannel() == Token.DEFAULT_CHANNEL) {
      afterTrigger = triggersSemicolon(token.getType());
      if (token.getType() == GoLexer.INT_LIT && mayBeOctalOrBinary(token) && !validInteger(token.getText())) {
        lexicalErrors.add(new LexicalError(token, "invalid digit in literal " + token.getText()));
      }
    }
    return token;
  }

  /** Whether a hidden token just read ends the line: the lexer's line moved on while reading it. */
  private boolean endsLine(Token token) {
    switch (token.getType()) {
      case Token.EOF:
      case GoLexer.LINE_COMMENT:
        return true;
      case GoLexer.WHITESPACE:
      case GoLexer.GENERAL_COMMENT:
        return lexer.getLine() > token.getLine();
      default:
        return false;
    }
  }

  private static boolean triggersSemicolon(int type) {
    switch (type) {
      case GoLexer.IDENTIFIER:
      case GoLexer.INT_LIT:
      case GoLexer.FLOAT_LIT:
      case GoLexer.IMAGINARY_LIT:
      case GoLexer.RUNE_LIT:
      case GoLexer.STRING_LIT:
      case GoLexer.RAW_STRING_LIT:
      case GoLexer.BREAK:
      case GoLexer.CONTINUE:
      case GoLexer.FALLTHROUGH:
      case GoLexer.RETURN:
      case GoLexer.PLUS_PLUS:
      case GoLexer.MINUS_MINUS:
      case GoLexer.R_PAREN:
      case GoLexer.R_BRACKET:
      case GoLexer.R_CURLY:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether an integer literal is two characters or more and starts with 0: the only ones
   * {@link #validInteger} can reject. Most literals are not, and their text is not made.
   */
  private static boolean mayBeOctalOrBinary(Token token) {
    if (token.getStopIndex() <= token.getStartIndex()) {
      return false;
    }
    return !(token.getInputStream() instanceof StringCharStream s) || s.charAt(token.getStartIndex()) == '0';
  }

  /** The digits of an integer literal fit its base: "0b" binary, "0o" or a leading 0 octal. */
  static boolean validInteger(String text) {
    if (text.length() < 2 || text.charAt(0) != '0') {
      return true;
    }
    char base = Character.toLowerCase(text.charAt(1));
    if (base == 'x') {
      return true;
    }
    char max = base == 'b' ? '1' : '7';
    int from = base == 'b' || base == 'o' ? 2 : 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '_' && c > max) {
        return false;
      }
    }
    return true;
  }

  private Token inserted(Token anchor) {
    CommonToken semi =
        new CommonToken(
            insertedSource(),
            GoLexer.SEMI,
            Token.DEFAULT_CHANNEL,
            anchor.getStartIndex(),
            anchor.getStartIndex() - 1);
    semi.setText("");
    semi.setLine(anchor.getLine());
    semi.setCharPositionInLine(anchor.getCharPositionInLine());
    return semi;
  }

  private Pair<TokenSource, CharStream> insertedSource() {
    if (insertedSource == null) {
      insertedSource = new Pair<>(this, lexer.getInputStream());
    }
    return insertedSource;
  }

  @Override
  public int getLine() {
    return lexer.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return lexer.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return lexer.getInputStream();
  }

  @Override
  public String getSourceName() {
    return lexer.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    lexer.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return lexer.getTokenFactory();
  }
}
