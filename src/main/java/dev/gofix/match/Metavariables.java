package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
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
  /** A metavariable standing for one case clause, written {@code case __mvc_X:}. */
  static final String CLAUSE_ONE = "__mvc_";
  /** A metavariable standing for case clauses, written {@code case __mvcs_X:} ({@code __mvcs__} for {@code ...}). */
  static final String CLAUSE_MANY = "__mvcs_";

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
    if (node instanceof GoParser.CommClauseContext || node instanceof GoParser.CaseClauseContext) {
      return ofClause((ParserRuleContext) node);
    }
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

  /** A clause {@code case __mvc_X:} with an empty body stands for a clause metavariable. */
  private static Optional<Var> ofClause(ParserRuleContext clause) {
    if (clause.getChildCount() != 4 || clause.getChild(3).getChildCount() != 0) {
      return Optional.empty();
    }
    ParseTree n = clause.getChild(1);
    while (n instanceof ParserRuleContext ctx && ctx.getChildCount() == 1) {
      n = ctx.getChild(0);
    }
    if (n instanceof TerminalNode t && t.getSymbol().getType() == GoLexer.IDENTIFIER
        && t.getText().startsWith(CLAUSE_ONE.substring(0, 5))) {
      return ofIdentifier(t.getSymbol());
    }
    return Optional.empty();
  }

  static Optional<Var> ofIdentifier(Token token) {
    String text = token.getText();
    if (text.equals(CLAUSE_MANY + "_")) {
      return Optional.of(new Var("", true));
    }
    if (text.startsWith(CLAUSE_MANY)) {
      return Optional.of(new Var(text.substring(CLAUSE_MANY.length()), true));
    }
    if (text.startsWith(CLAUSE_ONE)) {
      return Optional.of(new Var(text.substring(CLAUSE_ONE.length()), false));
    }
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
