package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Where the value of an expression goes, judged from the syntax around it: the predicates
 * {@code value-retained(X)} and {@code returned(X)}.
 */
final class ValueContext {
  private final Facts facts;

  ValueContext(Facts facts) {
    this.facts = facts;
  }

  /**
   * Whether the value of the expression is kept after its statement: sent on a channel, an
   * argument of the call of a {@code go} statement, assigned with {@code =} to a struct field, a
   * map or slice element, a pointer's target or a package-level variable, or appended as an
   * element ({@code append(out, x)}, not {@code append(out, x...)}).
   */
  boolean retained(ParseTree expression) {
    ParseTree value = outermost(expression);
    ParseTree parent = value.getParent();
    if (parent instanceof GoParser.SendTailContext || parent instanceof GoParser.HeaderSendTailContext) {
      return true;
    }
    if (!(parent instanceof GoParser.ExpressionListContext list)) {
      return false;
    }
    ParseTree holder = list.getParent();
    if (holder instanceof GoParser.AssignTailContext tail) {
      if (tail.assignOp().getStart().getType() != GoLexer.ASSIGN
          || !(tail.getParent() instanceof GoParser.SimpleStmtContext stmt)) {
        return false;
      }
      int i = list.expression().indexOf(value);
      List<GoParser.ExpressionContext> targets = stmt.expressionList().expression();
      return i >= 0 && targets.size() == list.expression().size() && storage(targets.get(i));
    }
    if (holder instanceof GoParser.ArgumentsContext args && args.getParent() != null) {
      ParserRuleContext call = args.getParent();
      if (call.getParent() instanceof GoParser.GoStmtContext && last(call) == args) {
        return true;
      }
      return isAppend(call, args) && args.ELLIPSIS() == null && list.expression().indexOf(value) > 0;
    }
    return false;
  }

  /** Whether the expression is one of the results of a return statement. */
  boolean returned(ParseTree expression) {
    ParseTree value = outermost(expression);
    return value.getParent() instanceof GoParser.ExpressionListContext list
        && list.getParent() instanceof GoParser.ReturnStmtContext;
  }

  /** The expression with the parentheses around it. */
  private static ParseTree outermost(ParseTree expression) {
    ParseTree n = expression;
    while (n.getParent() instanceof GoParser.OperandContext o
        && o.L_PAREN() != null
        && o.getParent() instanceof GoParser.PrimaryExprContext p
        && p.getChildCount() == 1) {
      n = p;
    }
    return n;
  }

  /** An assignment target that outlives the statement's function-local names. */
  private boolean storage(GoParser.ExpressionContext target) {
    if (target instanceof GoParser.UnaryExprContext u && u.unaryOp.getType() == GoLexer.STAR) {
      return true;
    }
    if (!(target instanceof GoParser.PrimaryExprContext p)) {
      return false;
    }
    ParseTree end = last(p);
    if (end instanceof GoParser.SelectorContext) {
      return true;
    }
    if (end instanceof GoParser.IndexOrSliceContext ix) {
      return ix.indexTail() != null;
    }
    return p.getChildCount() == 1
        && p.operand().IDENTIFIER() != null
        && facts.packageVariable(p.operand().IDENTIFIER().getSymbol().getTokenIndex());
  }

  /** {@code append(…)} with the predeclared append. */
  private boolean isAppend(ParserRuleContext call, GoParser.ArgumentsContext args) {
    if (call.getChildCount() != 2 || last(call) != args) {
      return false;
    }
    ParseTree op = call.getChild(0);
    TerminalNode id = op instanceof GoParser.OperandContext o ? o.IDENTIFIER()
        : op instanceof GoParser.HeaderOperandContext h ? h.IDENTIFIER() : null;
    return id != null
        && id.getText().equals("append")
        && facts.predeclared("append", id.getSymbol().getTokenIndex());
  }

  private static ParseTree last(ParseTree n) {
    return n.getChild(n.getChildCount() - 1);
  }
}
