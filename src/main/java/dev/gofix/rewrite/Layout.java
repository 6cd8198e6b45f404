package dev.gofix.rewrite;

import dev.gofix.syntax.GoLexer;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Facts about lines around tokens of one file, read from its full token stream: where a line's
 * indentation is, which comments belong to a statement, where its line ends. Whitespace tokens
 * hold a newline together with the next line's indentation ({@code "\n\t\t"}).
 */
final class Layout {
  private final List<Token> tokens;
  private final String newline;

  Layout(List<Token> tokens, String text) {
    this.tokens = tokens;
    this.newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** The file's line ending: CRLF when any line has one. */
  String newline() {
    return newline;
  }

  private boolean isSpace(Token t) {
    return t.getType() == GoLexer.WHITESPACE || t.getType() == GoLexer.BYTE_ORDER_MARK
        || (t.getType() == GoLexer.SEMI && t.getText().isEmpty());
  }

  private static boolean hasNewline(Token t) {
    return t.getText().indexOf('\n') >= 0;
  }

  /** Whether only indentation stands before the token on its line. */
  boolean startsLine(int index) {
    for (int i = index - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (hasNewline(t)) {
        return t.getType() == GoLexer.WHITESPACE;
      }
      if (!isSpace(t)) {
        return false;
      }
    }
    return true;
  }

  /** The indentation of the line the token is on (the spaces and tabs that start it). */
  String indentOf(int index) {
    StringBuilder indent = new StringBuilder();
    for (int i = index - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      String s = t.getText();
      int nl = s.lastIndexOf('\n');
      if (nl >= 0) {
        indent.insert(0, s.substring(nl + 1));
        break;
      }
      indent.insert(0, s);
    }
    String all = indent.toString();
    int k = 0;
    while (k < all.length() && (all.charAt(k) == ' ' || all.charAt(k) == '\t')) {
      k++;
    }
    return all.substring(0, k);
  }

  /**
   * The first token of a statement's comment group: the comment lines directly above it (no blank
   * line between), or the statement's own first token.
   */
  int groupStart(int index) {
    int first = index;
    int i = index - 1;
    while (i >= 0) {
      Token ws = tokens.get(i);
      if (ws.getType() == GoLexer.SEMI && ws.getText().isEmpty()) {
        i--;
        continue;
      }
      if (ws.getType() != GoLexer.WHITESPACE || count(ws.getText(), '\n') != 1) {
        break;
      }
      int c = i - 1;
      while (c >= 0 && tokens.get(c).getType() == GoLexer.SEMI && tokens.get(c).getText().isEmpty()) {
        c--;
      }
      if (c < 0 || tokens.get(c).getChannel() != GoLexer.COMMENTS || !startsLine(c)) {
        break;
      }
      first = c;
      i = c - 1;
    }
    return first;
  }

  /**
   * The index of the token that ends the line of token {@code stop}: the first whitespace token
   * with a newline after it, past comments on the same line; EOF when the file ends first.
   */
  int lineEnd(int stop) {
    for (int i = stop + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() == Token.EOF || (t.getType() == GoLexer.WHITESPACE && hasNewline(t))) {
        return i;
      }
      if (hasNewline(t)) {
        // A block comment spanning lines: the line ends inside it; stop before it.
        return i;
      }
    }
    return tokens.size() - 1;
  }

  /**
   * The last comment after token {@code stop} on its line when only spaces and comments follow
   * it there; otherwise {@code stop}.
   */
  int lastCommentOnLine(int stop) {
    if (!endsLine(stop)) {
      return stop;
    }
    int last = stop;
    for (int i = stop + 1; i < lineEnd(stop); i++) {
      if (tokens.get(i).getChannel() == GoLexer.COMMENTS) {
        last = i;
      }
    }
    return last;
  }

  /** Whether only spaces and comments follow the token up to the end of its line. */
  boolean endsLine(int stop) {
    for (int i = stop + 1; i < lineEnd(stop); i++) {
      Token t = tokens.get(i);
      if (!isSpace(t) && t.getChannel() != GoLexer.COMMENTS) {
        return false;
      }
    }
    return true;
  }

  /** The whitespace token that holds the newline before a line-starting token, or -1. */
  int newlineBefore(int index) {
    for (int i = index - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.getType() == GoLexer.WHITESPACE && hasNewline(t)) {
        return i;
      }
      if (!isSpace(t)) {
        return -1;
      }
    }
    return -1;
  }

  String text(int start, int stop) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i <= stop; i++) {
      if (tokens.get(i).getType() != Token.EOF) {
        sb.append(tokens.get(i).getText());
      }
    }
    return sb.toString();
  }

  Token token(int index) {
    return tokens.get(index);
  }

  /**
   * Re-indents text taken from a line indented {@code from} for a line indented {@code to}: the
   * first line is left as it is (it follows the new indentation already), later lines trade a
   * leading {@code from} for {@code to}.
   */
  static String reindent(String text, String from, String to) {
    String[] lines = text.split("\n", -1);
    StringBuilder sb = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      sb.append('\n');
      if (line.isBlank()) {
        sb.append(line);
      } else if (line.startsWith(from)) {
        sb.append(to).append(line.substring(from.length()));
      } else {
        sb.append(to).append(line);
      }
    }
    return sb.toString();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
