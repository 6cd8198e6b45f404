package dev.gofix.syntax;

import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.RuleContext;

/**
 * A token stream over a fixed array of tokens that were all read up front.
 *
 * <p>Two are made per file: one of every token (the original stream, whose indexes the tokens
 * carry, for printing and TokenStreamRewriter), and one of the default-channel tokens only, which
 * the parser reads. The parser's view skips no hidden tokens at run time, which is what makes it
 * cheaper than ANTLR's CommonTokenStream; positions in it are not token indexes.
 */
public final class TokenArray implements TokenStream {
  private final Token[] tokens;
  private final TokenSource source;
  private final Token[] all;
  /** The types of {@link #tokens}, filled on the first {@link #LA}: the parser asks for them most. */
  private int[] types;
  private int p;

  /**
   * @param tokens the tokens to stream, ending with EOF
   * @param all every token of the file, for text lookups by token index
   */
  TokenArray(Token[] tokens, Token[] all, TokenSource source) {
    this.tokens = tokens;
    this.all = all;
    this.source = source;
  }

  /** The tokens of this stream, in order, ending with EOF: a read-only view, not a copy. */
  public List<Token> tokens() {
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(tokens));
  }

  @Override
  public Token LT(int k) {
    int i = k > 0 ? p + k - 1 : p + k;
    if (i < 0) {
      return null;
    }
    return tokens[Math.min(i, tokens.length - 1)];
  }

  @Override
  public int LA(int i) {
    int at = i > 0 ? p + i - 1 : p + i;
    if (at < 0) {
      return Token.INVALID_TYPE;
    }
    if (types == null) {
      types = new int[tokens.length];
      for (int k = 0; k < tokens.length; k++) {
        types[k] = tokens[k].getType();
      }
    }
    return types[Math.min(at, types.length - 1)];
  }

  @Override
  public Token get(int index) {
    return tokens[index];
  }

  @Override
  public void consume() {
    if (tokens[p].getType() == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.min(index, tokens.length - 1);
  }

  @Override
  public int size() {
    return tokens.length;
  }

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  /**
   * The text of all tokens, hidden ones included, between two token indexes of the file: one
   * slice of the characters when the tokens follow each other without a gap, as the tokens of a
   * file do (an inserted semicolon is empty and takes no characters); else token by token.
   */
  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(interval.b, all.length - 1);
    CharStream chars = source == null ? null : source.getInputStream();
    if (start > stop || chars == null) {
      return tokenByToken(start, stop);
    }
    int from = all[start].getStartIndex();
    int next = from;
    for (int i = start; i <= stop; i++) {
      Token t = all[i];
      if (t.getType() == Token.EOF) {
        continue;
      }
      if (t.getStartIndex() != next || t.getInputStream() != chars) {
        return tokenByToken(start, stop);
      }
      next = Math.max(next, t.getStopIndex() + 1);
    }
    return next > from ? chars.getText(Interval.of(from, next - 1)) : "";
  }

  private String tokenByToken(int start, int stop) {
    StringBuilder out = new StringBuilder();
    for (int i = start; i <= stop; i++) {
      Token t = all[i];
      if (t.getType() != Token.EOF) {
        out.append(t.getText());
      }
    }
    return out.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, all.length - 1));
  }

  @Override
  public String getText(RuleContext ctx) {
    return getText(ctx.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    if (start == null || stop == null) {
      return "";
    }
    return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }
}
