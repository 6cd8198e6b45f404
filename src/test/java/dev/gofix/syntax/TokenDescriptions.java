package dev.gofix.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Each token of a parsed file as text: type, channel, character range, line and column. */
public final class TokenDescriptions {
  private TokenDescriptions() {}

  public static List<String> of(ParsedFile file) {
    List<String> out = new ArrayList<>();
    for (Token t : file.tokens().tokens()) {
      out.add(t.getType() + "/" + t.getChannel() + " " + t.getStartIndex() + "-" + t.getStopIndex()
          + " " + t.getLine() + ":" + t.getCharPositionInLine());
    }
    return out;
  }
}
