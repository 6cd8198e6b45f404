package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The predicate {@code written-through-later(X, P)}: after the match, in the same function, the
 * slice variable X is written through ({@code X[i] = v}, {@code X[i] op= v}, {@code X[i]++},
 * {@code X = append(X, …)}, {@code copy(X, …)}, sorting or reversing X with package sort or
 * slices) and the variable P is read after that write (later in the function, or anywhere in a
 * loop around the write that does not hold the match).
 */
final class WritesThrough {
  private static final Set<String> SORTS = Set.of(
      "sort.Sort", "sort.Stable", "sort.Slice", "sort.SliceStable", "sort.Ints", "sort.Strings",
      "sort.Float64s", "slices.Sort", "slices.SortFunc", "slices.SortStableFunc", "slices.Reverse");

  private final Facts facts;
  private final List<Token> tokens;

  WritesThrough(Facts facts, List<Token> tokens) {
    this.facts = facts;
    this.tokens = tokens;
  }

  boolean test(Match m, Binding x, Binding p) {
    OptionalInt xDecl = facts.declarationOf(x.start());
    OptionalInt pDecl = facts.declarationOf(p.start());
    if (x.start() != x.stop() || p.start() != p.stop() || xDecl.isEmpty() || pDecl.isEmpty()) {
      return false;
    }
    ParserRuleContext body = function(m.node());
    if (body == null) {
      return false;
    }
    for (int i = m.stop() + 1; i <= body.getStop().getTokenIndex(); i++) {
      if (refers(i, xDecl.getAsInt())) {
        ParserRuleContext write = write(node(body, i), xDecl.getAsInt());
        if (write != null && readAfter(write, m, pDecl.getAsInt(), body)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean refers(int token, int decl) {
    Token t = tokens.get(token);
    return t.getType() == GoLexer.IDENTIFIER && facts.declarationOf(token).equals(OptionalInt.of(decl));
  }

  /** The statement or call that writes through the variable at this use, or null. */
  private ParserRuleContext write(TerminalNode use, int decl) {
    ParseTree operand = use.getParent();
    if (!(operand instanceof GoParser.OperandContext) || !(operand.getParent() instanceof GoParser.PrimaryExprContext primary)) {
      return null;
    }
    ParseTree holder = primary.getParent();
    // x[i] = v, x[i] op= v, x[i]++: x indexed on the left of an assignment or increment.
    if (primary.getChildCount() == 2 && primary.getChild(1) instanceof GoParser.IndexOrSliceContext ix
        && ix.indexTail() != null && holder instanceof GoParser.ExpressionListContext list
        && list.getParent() instanceof GoParser.SimpleStmtContext stmt
        && stmt.expressionList() == list && (stmt.assignTail() != null || stmt.incDecTail() != null)) {
      return stmt;
    }
    // x = append(x, …)
    if (primary.getChildCount() == 1 && holder instanceof GoParser.ExpressionListContext list
        && list.getParent() instanceof GoParser.SimpleStmtContext stmt && stmt.expressionList() == list
        && stmt.assignTail() != null && list.expression().size() == 1
        && stmt.assignTail().expressionList().expression().size() == 1
        && stmt.assignTail().expressionList().expression(0) instanceof GoParser.PrimaryExprContext rhs
        && isCall(rhs, "append") && firstArgumentIs(rhs, decl)) {
      return stmt;
    }
    // copy(x, …), sort.Slice(x, …), slices.Sort(x)
    if (primary.getChildCount() == 1 && holder instanceof GoParser.ExpressionListContext list
        && list.expression().indexOf(primary) == 0
        && list.getParent() instanceof GoParser.ArgumentsContext args
        && args.getParent() instanceof GoParser.PrimaryExprContext call) {
      if (isCall(call, "copy") || SORTS.contains(callee(call))) {
        return call;
      }
    }
    return null;
  }

  private boolean isCall(GoParser.PrimaryExprContext call, String builtin) {
    return call.getChildCount() == 2
        && call.getChild(1) instanceof GoParser.ArgumentsContext
        && call.operand().IDENTIFIER() != null
        && call.operand().IDENTIFIER().getText().equals(builtin)
        && facts.predeclared(builtin, call.operand().IDENTIFIER().getSymbol().getTokenIndex());
  }

  private static String callee(GoParser.PrimaryExprContext call) {
    if (call.getChildCount() != 3 || call.operand().IDENTIFIER() == null
        || !(call.getChild(1) instanceof GoParser.SelectorContext sel)
        || !(call.getChild(2) instanceof GoParser.ArgumentsContext)) {
      return "";
    }
    return call.operand().IDENTIFIER().getText() + "." + sel.IDENTIFIER().getText();
  }

  private boolean firstArgumentIs(GoParser.PrimaryExprContext call, int decl) {
    GoParser.ArgumentsContext args = (GoParser.ArgumentsContext) call.getChild(1);
    if (args.expressionList() == null) {
      return false;
    }
    GoParser.ExpressionContext first = args.expressionList().expression(0);
    return first.getStart() == first.getStop() && refers(first.getStart().getTokenIndex(), decl);
  }

  /** Whether P is read after the write, or in a loop around the write that lies after the match. */
  private boolean readAfter(ParserRuleContext write, Match m, int decl, ParserRuleContext body) {
    for (int i = write.getStop().getTokenIndex() + 1; i <= body.getStop().getTokenIndex(); i++) {
      if (refers(i, decl)) {
        return true;
      }
    }
    ParserRuleContext loop = null;
    for (ParseTree n = write; n != null && n != body; n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext f && f.getStart().getTokenIndex() > m.stop()) {
        loop = f;
      }
    }
    if (loop != null) {
      for (int i = loop.getStart().getTokenIndex(); i <= loop.getStop().getTokenIndex(); i++) {
        if (refers(i, decl)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The body of the innermost function around a node. */
  private static ParserRuleContext function(ParseTree node) {
    for (ParseTree n = node; n != null; n = n.getParent()) {
      if (Constraints.isFunction(n)) {
        return (ParserRuleContext) n;
      }
    }
    return null;
  }

  /** The identifier node of a token within a subtree. */
  private static TerminalNode node(ParseTree root, int token) {
    if (root instanceof TerminalNode t) {
      return t.getSymbol().getTokenIndex() == token ? t : null;
    }
    ParserRuleContext ctx = (ParserRuleContext) root;
    for (int i = 0; i < ctx.getChildCount(); i++) {
      ParseTree c = ctx.getChild(i);
      int start = c instanceof TerminalNode t ? t.getSymbol().getTokenIndex()
          : ((ParserRuleContext) c).getStart().getTokenIndex();
      int stop = c instanceof TerminalNode t ? t.getSymbol().getTokenIndex()
          : ((ParserRuleContext) c).getStop() == null ? -1 : ((ParserRuleContext) c).getStop().getTokenIndex();
      if (start <= token && token <= stop) {
        return node(c, token);
      }
    }
    return null;
  }
}
