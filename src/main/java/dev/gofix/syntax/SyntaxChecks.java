package dev.gofix.syntax;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The checks of Go's parser that the grammar leaves out to stay fast and unambiguous. Each is
 * made on the tree of a file that parsed, with go/parser's wording where it has one:
 *
 * <ul>
 *   <li>the condition of an if, the tag of a switch and the header of a for hold an expression
 *       (or a type switch guard, or a range clause) and not an assignment;
 *   <li>a range clause stands only in a for header, with at most two expressions on its left;
 *   <li>increments and sends have one expression on their left; a select case receives into at
 *       most two;
 *   <li>a parameter list names all of its parameters or none, and only the last is variadic;
 *   <li>go and defer take a function call, not parenthesized;
 *   <li>a composite literal's type is a name, a selector, an instantiation or an array, slice,
 *       struct or map type, not parenthesized; a type literal is not indexed;
 *   <li>a 3-index slice has its middle index;
 *   <li>methods have no type parameters.
 * </ul>
 */
final class SyntaxChecks {
  /** Receives an error at a token. */
  interface Reporter {
    void report(Token at, String message);
  }

  private final Reporter reporter;

  private SyntaxChecks(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether nodes of a rule are checked: the parser collects them for {@link #check}. */
  static boolean checks(ParserRuleContext node) {
    switch (node.getRuleIndex()) {
      case GoParser.RULE_literalValue:
        return node.getParent() instanceof GoParser.PrimaryExprContext;
      case GoParser.RULE_suffix:
        // Of the suffixes, only an index is checked: selectors and calls are most of them.
        return node instanceof GoParser.IndexOrSliceContext && node.getParent() instanceof GoParser.PrimaryExprContext;
      case GoParser.RULE_ifStmt:
      case GoParser.RULE_switchStmt:
      case GoParser.RULE_forStmt:
      case GoParser.RULE_simpleStmt:
      case GoParser.RULE_headerStmt:
      case GoParser.RULE_parameters:
      case GoParser.RULE_goStmt:
      case GoParser.RULE_deferStmt:
      case GoParser.RULE_methodDecl:
      case GoParser.RULE_sliceTail:
        return true;
      default:
        return false;
    }
  }

  static void check(List<? extends ParserRuleContext> nodes, Reporter reporter) {
    SyntaxChecks checks = new SyntaxChecks(reporter);
    for (ParserRuleContext node : nodes) {
      checks.check(node);
    }
  }

  private void check(ParserRuleContext node) {
    if (node instanceof GoParser.IfStmtContext s) {
      ifStmt(s);
    } else if (node instanceof GoParser.SwitchStmtContext s) {
      switchStmt(s);
    } else if (node instanceof GoParser.ForStmtContext s) {
      forStmt(s);
    } else if (node instanceof GoParser.SimpleStmtContext s) {
      simpleStmt(s, node.getParent() instanceof GoParser.CommClauseContext);
    } else if (node instanceof GoParser.HeaderStmtContext s) {
      headerListArity(s);
    } else if (node instanceof GoParser.ParametersContext s) {
      parameters(s);
    } else if (node instanceof GoParser.GoStmtContext s) {
      callOnly(s.expression(), "go");
    } else if (node instanceof GoParser.DeferStmtContext s) {
      callOnly(s.expression(), "defer");
    } else if (node instanceof GoParser.LiteralValueContext s) {
      literalValueAfter(s, previousSibling(s));
    } else if (node instanceof GoParser.SliceTailContext s) {
      sliceTail(s);
    } else if (node instanceof GoParser.IndexOrSliceContext s) {
      indexAfter(s, previousSibling(s));
    } else if (node instanceof GoParser.MethodDeclContext s && s.typeParameters() != null) {
      reporter.report(s.typeParameters().getStart(), "method must have no type parameters");
    }
  }

  private void ifStmt(GoParser.IfStmtContext s) {
    GoParser.HeaderStmtContext header = s.headerStmt();
    if (header == null) {
      return;
    }
    rejectRange(header);
    if (s.SEMI() == null && !isExpression(header)) {
      reporter.report(
          header.getStart(),
          "expected boolean expression, found assignment (missing parentheses around composite literal?)");
    }
  }

  private void switchStmt(GoParser.SwitchStmtContext s) {
    List<GoParser.HeaderStmtContext> headers = s.headerStmt();
    headers.forEach(this::rejectRange);
    // The tag is the header statement after the semicolon, or the only one when there is none.
    Token semi = s.SEMI() == null ? null : s.SEMI().getSymbol();
    for (GoParser.HeaderStmtContext header : headers) {
      boolean isTag = semi == null || header.getStart().getTokenIndex() > semi.getTokenIndex();
      if (isTag && !isExpression(header) && !isTypeSwitchGuard(header)) {
        reporter.report(
            header.getStart(),
            "expected switch expression, found assignment (missing parentheses around composite literal?)");
      }
    }
  }

  private void forStmt(GoParser.ForStmtContext s) {
    GoParser.HeaderStmtContext header = s.headerStmt();
    if (header != null && s.SEMI() == null && s.forClauseTail() == null) {
      if (!isExpression(header) && !isRangeClause(header)) {
        reporter.report(
            header.getStart(),
            "expected boolean or range expression, found assignment (missing parentheses around composite literal?)");
      }
      return;
    }
    if (header != null) {
      rejectRange(header);
    }
    GoParser.ForClauseTailContext tail = s.forClauseTail();
    if (tail != null && tail.headerStmt() != null) {
      rejectRange(tail.headerStmt());
    }
  }

  private void headerListArity(GoParser.HeaderStmtContext s) {
    int left = s.headerExpressionList().headerExpression().size();
    if (left > 1 && (s.incDecTail() != null || s.headerSendTail() != null)) {
      reporter.report(s.getStart(), "expected 1 expression");
    }
    if (left > 2 && isRangeClause(s)) {
      reporter.report(s.getStart(), "expected at most 2 expressions");
    }
  }

  private void simpleStmt(GoParser.SimpleStmtContext s, boolean selectCase) {
    int left = s.expressionList().expression().size();
    if (left > 1 && (s.incDecTail() != null || s.sendTail() != null)) {
      reporter.report(s.getStart(), "expected 1 expression");
    }
    if (selectCase && left > 2 && (s.assignTail() != null || s.shortVarDeclTail() != null)) {
      reporter.report(s.getStart(), "expected 1 or 2 expressions");
    }
  }

  private static boolean isExpression(GoParser.HeaderStmtContext s) {
    return s.getChildCount() == 1 && s.headerExpressionList().headerExpression().size() == 1;
  }

  private static boolean isRangeClause(GoParser.HeaderStmtContext s) {
    return (s.headerShortVarDeclTail() != null && s.headerShortVarDeclTail().RANGE() != null)
        || (s.headerAssignTail() != null
            && s.headerAssignTail().RANGE() != null
            && s.headerAssignTail().assignOp().ASSIGN() != null);
  }

  /** "v := x.(type)": one name on the left, a type assertion to "type" on the right. */
  private static boolean isTypeSwitchGuard(GoParser.HeaderStmtContext s) {
    GoParser.HeaderShortVarDeclTailContext define = s.headerShortVarDeclTail();
    if (define == null
        || define.headerExpressionList() == null
        || define.headerExpressionList().headerExpression().size() != 1
        || s.headerExpressionList().headerExpression().size() != 1) {
      return false;
    }
    if (!(define.headerExpressionList().headerExpression(0)
        instanceof GoParser.HeaderPrimaryExprContext primary)) {
      return false;
    }
    ParseTree last = primary.getChild(primary.getChildCount() - 1);
    return last instanceof GoParser.TypeAssertionContext assertion && assertion.TYPE() != null;
  }

  private void rejectRange(GoParser.HeaderStmtContext s) {
    Token range = null;
    if (s.headerShortVarDeclTail() != null) {
      range = s.headerShortVarDeclTail().RANGE() == null ? null : s.headerShortVarDeclTail().RANGE().getSymbol();
    } else if (s.headerAssignTail() != null && s.headerAssignTail().RANGE() != null) {
      range = s.headerAssignTail().RANGE().getSymbol();
    }
    if (range != null) {
      reporter.report(range, "expected operand, found 'range'");
    }
  }

  /** A parameter list names all parameters or none; only the last may be variadic. */
  private void parameters(GoParser.ParametersContext s) {
    List<GoParser.ParameterDeclContext> items = s.parameterDecl();
    boolean named = false;
    for (GoParser.ParameterDeclContext item : items) {
      named |= item.IDENTIFIER() != null;
    }
    for (int i = 0; i < items.size(); i++) {
      GoParser.ParameterDeclContext item = items.get(i);
      if (item.ELLIPSIS() != null && i != items.size() - 1) {
        reporter.report(item.ELLIPSIS().getSymbol(), "can only use ... with final parameter");
      }
      if (!named || item.IDENTIFIER() != null) {
        continue;
      }
      boolean bareName = item.ELLIPSIS() == null && isBareName(item.type_());
      if (!bareName) {
        reporter.report(item.getStart(), "missing parameter name");
      } else if (i == items.size() - 1) {
        reporter.report(s.R_PAREN().getSymbol(), "missing parameter type");
      }
    }
  }

  private static boolean isBareName(GoParser.Type_Context type) {
    return type.typeName() != null && type.typeArgs() == null && type.typeName().DOT() == null;
  }

  private void callOnly(GoParser.ExpressionContext e, String keyword) {
    GoParser.PrimaryExprContext primary =
        e instanceof GoParser.PrimaryExprContext p ? p : null;
    if (primary != null
        && primary.getChildCount() == 1
        && primary.operand().L_PAREN() != null) {
      reporter.report(e.getStart(), "expression in " + keyword + " must not be parenthesized");
      return;
    }
    if (primary == null
        || !(primary.getChild(primary.getChildCount() - 1) instanceof GoParser.ArgumentsContext)) {
      reporter.report(e.getStart(), "expression in " + keyword + " must be function call");
    }
  }

  private static ParseTree previousSibling(ParserRuleContext node) {
    ParserRuleContext parent = node.getParent();
    for (int i = 1; i < parent.getChildCount(); i++) {
      if (parent.getChild(i) == node) {
        return parent.getChild(i - 1);
      }
    }
    return null;
  }

  /** A literal value in an expression follows a name, a selector, an index or a type literal. */
  private void literalValueAfter(GoParser.LiteralValueContext literal, ParseTree before) {
    if (before instanceof GoParser.OperandContext operand) {
      if (operand.L_PAREN() != null) {
        reporter.report(operand.getStart(), "cannot parenthesize type in composite literal");
      } else if (operand.IDENTIFIER() == null && !isLiteralType(operand.typeOperand())) {
        reporter.report(literal.getStart(), "expected ';', found '{'");
      }
    } else if (!(before instanceof GoParser.SelectorContext
        || before instanceof GoParser.IndexOrSliceContext)) {
      reporter.report(literal.getStart(), "expected ';', found '{'");
    }
  }

  /** Array, slice, struct and map types take literal values; interface and channel types do not. */
  private static boolean isLiteralType(GoParser.TypeOperandContext type) {
    return type != null
        && (type.arrayOrSliceType() != null || type.structType() != null || type.mapType() != null);
  }

  /** "a[lo::max]": a 3-index slice needs its middle index. */
  private void sliceTail(GoParser.SliceTailContext tail) {
    if (tail.getChildCount() > 0
        && tail.getChild(0) instanceof TerminalNode
        && previousSibling(tail) instanceof TerminalNode firstColon) {
      reporter.report(firstColon.getSymbol(), "middle index required in 3-index slice");
    }
  }

  /** A type literal is not indexed: "[10]bool[1]" has no type in its brackets. */
  private void indexAfter(GoParser.IndexOrSliceContext index, ParseTree before) {
    if (before instanceof GoParser.OperandContext operand && operand.typeOperand() != null) {
      reporter.report(index.getStart(), "expected type, found '['");
    }
  }
}
