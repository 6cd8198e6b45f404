package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * How metavariables look inside a compiled pattern: {@code $X} becomes the identifier
 * {@code __mv_X}, {@code $$$X} becomes {@code __mvs_X}, and an elision {@code ...} becomes the
 * anonymous {@code __mvs__}; these are ordinary Go identifiers, so patterns parse with the Go
 * grammar.
 */
final class Metavariables {
  static final String ONE = "__mv_";
  static final String MANY = "__mvs_";
  static final String ANONYMOUS_MANY = "__mvs__";

  private Metavariables() {}

  /** A metavariable found at a pattern node. */
  record Var(String name, boolean many) {
    boolean anonymous() {
      return name.isEmpty();
    }
  }

  /**
   * The metavariable a pattern node stands for: the node is a chain of single children ending in
   * a metavariable identifier.
   */
  static Optional<Var> of(ParseTree node) {
    ParseTree n = node;
    while (n instanceof ParserRuleContext ctx) {
      if (ctx.getChildCount() != 1) {
        return Optional.empty();
      }
      n = ctx.getChild(0);
    }
    if (n instanceof TerminalNode t && t.getSymbol().getType() == GoLexer.IDENTIFIER) {
      return ofIdentifier(t.getSymbol());
    }
    return Optional.empty();
  }

  static Optional<Var> ofIdentifier(Token token) {
    String text = token.getText();
    if (text.equals(ANONYMOUS_MANY)) {
      return Optional.of(new Var("", true));
    }
    if (text.startsWith(MANY)) {
      return Optional.of(new Var(text.substring(MANY.length()), true));
    }
    if (text.startsWith(ONE)) {
      // $_ matches anything and binds nothing, like an elision of one node.
      String name = text.substring(ONE.length());
      return Optional.of(new Var(name.equals("_") ? "" : name, false));
    }
    return Optional.empty();
  }
}
