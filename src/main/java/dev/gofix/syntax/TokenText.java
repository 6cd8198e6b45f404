package dev.gofix.syntax;

import org.antlr.v4.runtime.Token;

/** A token's text compared without making a string of it (the matcher compares many). */
public final class TokenText {
  private TokenText() {}

  /** Whether the token's text is {@code text}. */
  public static boolean is(Token token, String text) {
    int type = token.getType();
    // Inserted semicolons and EOF carry a text of their own; other tokens' text is the source's.
    if (type != GoLexer.SEMI && type != Token.EOF
        && token.getInputStream() instanceof StringCharStream s) {
      return token.getStopIndex() - token.getStartIndex() + 1 == text.length()
          && s.textAt(token.getStartIndex(), text);
    }
    return text.equals(token.getText());
  }
}
