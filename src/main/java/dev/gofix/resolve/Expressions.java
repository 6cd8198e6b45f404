package dev.gofix.resolve;

import dev.gofix.syntax.GoParser;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Shapes of expressions that resolution and type inference look for, over both the expression
 * rules and their twins in if, for and switch headers.
 */
final class Expressions {
  private Expressions() {}

  /** The children of a primary expression (operand first, then suffixes and literal values). */
  static List<ParseTree> primaryParts(ParserRuleContext expr) {
    if (expr instanceof GoParser.PrimaryExprContext || expr instanceof GoParser.HeaderPrimaryExprContext) {
      return expr.children == null ? List.of() : expr.children;
    }
    return List.of();
  }

  /** The identifier an expression consists of, or null: "x" but not "x.f" or "(x)". */
  static TerminalNode bareIdentifier(ParserRuleContext expr) {
    List<ParseTree> parts = primaryParts(expr);
    if (parts.size() != 1) {
      return null;
    }
    ParseTree operand = parts.get(0);
    if (operand instanceof GoParser.OperandContext o) {
      return o.IDENTIFIER();
    }
    if (operand instanceof GoParser.HeaderOperandContext o) {
      return o.IDENTIFIER();
    }
    return null;
  }

  /** The name v of a type switch guard "v := x.(type)", or null for any other header. */
  static TerminalNode typeSwitchGuardName(GoParser.HeaderStmtContext h) {
    GoParser.HeaderShortVarDeclTailContext tail = h.headerShortVarDeclTail();
    if (tail == null
        || tail.RANGE() != null
        || tail.headerExpressionList() == null
        || h.headerExpressionList() == null
        || h.headerExpressionList().headerExpression().size() != 1
        || tail.headerExpressionList().headerExpression().size() != 1) {
      return null;
    }
    List<ParseTree> parts = primaryParts(tail.headerExpressionList().headerExpression(0));
    if (parts.size() < 2
        || !(parts.get(parts.size() - 1) instanceof GoParser.TypeAssertionContext assertion)
        || assertion.TYPE() == null) {
      return null;
    }
    return bareIdentifier(h.headerExpressionList().headerExpression(0));
  }

  /** The expression inside any number of parentheses. */
  static ParserRuleContext unparen(ParserRuleContext expr) {
    while (true) {
      List<ParseTree> parts = primaryParts(expr);
      if (parts.size() != 1) {
        return expr;
      }
      GoParser.ExpressionContext inner =
          parts.get(0) instanceof GoParser.OperandContext o
              ? o.expression()
              : parts.get(0) instanceof GoParser.HeaderOperandContext h ? h.expression() : null;
      if (inner == null) {
        return expr;
      }
      expr = inner;
    }
  }

  /** Whether a type operand is a map, slice or array type, whose literal keys are values. */
  static boolean hasValueKeys(GoParser.TypeOperandContext type) {
    return type != null && (type.mapType() != null || type.arrayOrSliceType() != null);
  }

  /**
   * Whether the keys of the composite literal holding a keyed element are expressions: its type
   * is written as a map, slice or array type, or named by a type declared as one.
   */
  static boolean keysAreExpressions(
      GoParser.KeyedElementContext element,
      Function<Token, GoParser.TypeSpecContext> typeDeclaration) {
    ParserRuleContext literal = element.getParent();
    ParserRuleContext holder = literal == null ? null : literal.getParent();
    if (holder instanceof GoParser.HeaderOperandContext h) {
      return hasValueKeys(h.typeOperand());
    }
    if (!(holder instanceof GoParser.PrimaryExprContext p) || p.children.indexOf(literal) != 1) {
      return false;
    }
    if (!(p.children.get(0) instanceof GoParser.OperandContext operand)) {
      return false;
    }
    if (operand.typeOperand() != null) {
      return hasValueKeys(operand.typeOperand());
    }
    if (operand.IDENTIFIER() == null) {
      return false;
    }
    GoParser.TypeSpecContext spec = typeDeclaration.apply(operand.IDENTIFIER().getSymbol());
    if (spec == null || spec.type_() == null || spec.type_().typeLit() == null) {
      return false;
    }
    GoParser.TypeLitContext lit = spec.type_().typeLit();
    return lit.mapType() != null || lit.arrayOrSliceType() != null;
  }
}
