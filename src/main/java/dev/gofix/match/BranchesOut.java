package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * {@code branches-out(X, KIND)}: code in {@code X}, outside the function literals within it, has
 * a {@code KIND} statement ({@code return}, {@code break}, {@code continue} or {@code goto}) that
 * sends control out of {@code X}: any {@code return}; a {@code break} or {@code continue} whose
 * loop, switch or select (the innermost around it, or the one its label names) does not lie
 * within {@code X}; a {@code goto} whose label is not declared within {@code X}.
 */
final class BranchesOut {
  /** The statement kinds the predicate's second argument may name. */
  static final Set<String> KINDS = Set.of("return", "break", "continue", "goto");

  boolean test(Binding x, String kind) {
    for (ParseTree n : x.nodes()) {
      if (search(n, x, kind)) {
        return true;
      }
    }
    return false;
  }

  private boolean search(ParseTree n, Binding x, String kind) {
    if (!(n instanceof ParserRuleContext ctx) || Constraints.isFunction(n)) {
      return false;
    }
    boolean out = switch (kind) {
      case "return" -> n instanceof GoParser.ReturnStmtContext;
      case "goto" -> n instanceof GoParser.GotoStmtContext g && !labelWithin(g.IDENTIFIER(), x);
      case "break" -> n instanceof GoParser.BreakStmtContext b
          && (b.IDENTIFIER() != null ? !labelWithin(b.IDENTIFIER(), x) : !within(target(b, true), x));
      case "continue" -> n instanceof GoParser.ContinueStmtContext c
          && (c.IDENTIFIER() != null ? !labelWithin(c.IDENTIFIER(), x) : !within(target(c, false), x));
      default -> throw new IllegalArgumentException("branches-out: unknown statement kind " + kind);
    };
    if (out) {
      return true;
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (search(ctx.getChild(i), x, kind)) {
        return true;
      }
    }
    return false;
  }

  /** The innermost for (and for a break, switch or select) around a statement, in its function. */
  private static ParserRuleContext target(ParserRuleContext stmt, boolean isBreak) {
    for (ParseTree n = stmt.getParent(); n != null && !Constraints.isFunction(n); n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext
          || isBreak && (n instanceof GoParser.SwitchStmtContext || n instanceof GoParser.SelectStmtContext)) {
        return (ParserRuleContext) n;
      }
    }
    return null;
  }

  private static boolean within(ParserRuleContext node, Binding x) {
    return node != null && node.getStart().getTokenIndex() >= x.start()
        && node.getStop().getTokenIndex() <= x.stop();
  }

  /** Whether a labeled statement with that label lies within X (outside its function literals). */
  private static boolean labelWithin(TerminalNode label, Binding x) {
    for (ParseTree n : x.nodes()) {
      if (declaresLabel(n, label.getText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresLabel(ParseTree n, String label) {
    if (!(n instanceof ParserRuleContext ctx) || Constraints.isFunction(n)) {
      return false;
    }
    if (n instanceof GoParser.LabeledStmtContext l && l.IDENTIFIER().getText().equals(label)) {
      return true;
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (declaresLabel(ctx.getChild(i), label)) {
        return true;
      }
    }
    return false;
  }
}
