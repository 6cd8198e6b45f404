package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code assigned-before(X, Y)}: the variable that the identifier {@code X} names is assigned a
 * value with {@code =} ({@code x = v}, {@code a, x = f()}) by a statement of the block that holds
 * the statement of {@code Y}, before it, and not inside another statement: that assignment runs
 * whenever {@code Y} does, unless a jump skips it.
 */
final class AssignedBefore {
  private final Facts facts;

  AssignedBefore(Facts facts) {
    this.facts = facts;
  }

  boolean test(Token variable, ParseTree y) {
    Optional<Facts.Declared> decl = facts.declared(variable);
    Optional<GoParser.StatementContext> statement = StatementFacts.statementOf(y);
    if (decl.isEmpty() || statement.isEmpty()) {
      return false;
    }
    GoParser.StatementListContext list = (GoParser.StatementListContext) statement.get().getParent();
    for (GoParser.StatementContext s : list.statement()) {
      if (s == statement.get()) {
        return false;
      }
      GoParser.SimpleStmtContext simple = s.simpleStmt();
      if (simple != null && simple.assignTail() != null
          && simple.assignTail().assignOp().getStart().getType() == GoLexer.ASSIGN) {
        for (GoParser.ExpressionContext e : simple.expressionList().expression()) {
          if (e.getStart() == e.getStop() && e.getStart().getType() == GoLexer.IDENTIFIER
              && facts.declared(e.getStart()).filter(decl.get()::equals).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
