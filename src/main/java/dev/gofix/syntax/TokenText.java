package dev.gofix.syntax;

import org.antlr.v4.runtime.Token;

/** A token's text compared without making a string of it (the matcher compares many). */
public final class TokenText {
  private TokenText() {}

  /** Whether the token's text is {@code text}. */
  public static boolean is(Token token, String text) {
    // Inserted semicolons and EOF carry a text of their own; other tokens' text is the source's.
    if (ownText(token) && token.getInputStream() instanceof StringCharStream s) {
      return token.getStopIndex() - token.getStartIndex() + 1 == text.length()
          && s.textAt(token.getStartIndex(), text);
    }
    return text.equals(token.getText());
  }

  /**
   * Whether two tokens, of one file or of two, have the same text. Token offsets count code
   * points, so the texts are compared in place only where they are chars too (StringCharStream).
   */
  public static boolean same(Token a, Token b) {
    if (ownText(a) && ownText(b) && a.getInputStream() instanceof StringCharStream sa
        && b.getInputStream() instanceof StringCharStream sb) {
      int length = a.getStopIndex() - a.getStartIndex() + 1;
      return length == b.getStopIndex() - b.getStartIndex() + 1
          && sa.regionMatches(a.getStartIndex(), sb, b.getStartIndex(), length);
    }
    return a.getText().equals(b.getText());
  }

  /** Whether the token's text is the source's (not an inserted semicolon's or EOF's own). */
  private static boolean ownText(Token token) {
    return token.getType() != GoLexer.SEMI && token.getType() != Token.EOF;
  }
}
