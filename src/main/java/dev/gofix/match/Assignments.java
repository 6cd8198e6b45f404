package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The variables a piece of code may change, found from syntax: the name at the root of each
 * left-hand side of an assignment ({@code v = …}, {@code v.f += …}, {@code v[i] = …}), of an
 * increment or decrement, of a short variable declaration that reuses a declared name, and of an
 * address taken ({@code &v}, {@code &v.f}). Names on the left of {@code :=} are listed too; a
 * caller tells a new declaration from a reuse by where the name is declared.
 */
final class Assignments {
  private Assignments() {}

  /** The identifier tokens assigned within a node, in source order, function literals included. */
  static List<Token> in(ParseTree node) {
    List<Token> out = new ArrayList<>();
    walk(node, out);
    return out;
  }

  private static void walk(ParseTree node, List<Token> out) {
    if (node instanceof GoParser.SimpleStmtContext s && s.expressionList() != null
        && (s.assignTail() != null || s.incDecTail() != null || s.shortVarDeclTail() != null)) {
      s.expressionList().expression().forEach(e -> root(e, out));
    } else if (node instanceof GoParser.HeaderStmtContext h && h.headerExpressionList() != null
        && (h.headerAssignTail() != null || h.incDecTail() != null || h.headerShortVarDeclTail() != null)) {
      h.headerExpressionList().headerExpression().forEach(e -> root(e, out));
    } else if (node instanceof GoParser.UnaryExprContext u && u.unaryOp.getType() == GoLexer.AMPERSAND) {
      root(u.expression(), out);
    } else if (node instanceof GoParser.HeaderUnaryExprContext u && u.unaryOp.getType() == GoLexer.AMPERSAND) {
      root(u.headerExpression(), out);
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      walk(node.getChild(i), out);
    }
  }

  /** The variable an assigned expression writes: "v" of "v", "(v)", "v.f", "v[i]"; not "*p" or "f().x". */
  private static void root(ParserRuleContext expr, List<Token> out) {
    ParserRuleContext e = expr;
    while (true) {
      List<ParseTree> parts = e instanceof GoParser.PrimaryExprContext || e instanceof GoParser.HeaderPrimaryExprContext
          ? e.children : List.of();
      if (parts == null || parts.isEmpty()) {
        return;
      }
      for (ParseTree p : parts.subList(1, parts.size())) {
        if (p instanceof GoParser.ArgumentsContext) {
          return;
        }
      }
      ParseTree op = parts.get(0);
      GoParser.ExpressionContext inner = op instanceof GoParser.OperandContext o ? o.expression()
          : op instanceof GoParser.HeaderOperandContext h ? h.expression() : null;
      if (inner != null) {
        e = inner;
        continue;
      }
      TerminalNode id = op instanceof GoParser.OperandContext o ? o.IDENTIFIER()
          : op instanceof GoParser.HeaderOperandContext h ? h.IDENTIFIER() : null;
      if (id != null) {
        out.add(id.getSymbol());
      }
      return;
    }
  }
}
