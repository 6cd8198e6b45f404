package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Facts about statements read from their syntax: whether one is simple (an assignment, a short
 * variable declaration, an increment, a send or an expression statement), and whether it runs
 * while a lock taken earlier in its function is held.
 */
final class StatementFacts {
  private static final java.util.regex.Pattern LOCK =
      java.util.regex.Pattern.compile("(.+)\\.R?Lock\\(\\);?");
  private static final java.util.regex.Pattern UNLOCK =
      java.util.regex.Pattern.compile("(.+)\\.R?Unlock\\(\\);?");

  private StatementFacts() {}

  /** The statement of a block the node is, or starts as its only content; empty otherwise. */
  static Optional<GoParser.StatementContext> statementOf(ParseTree node) {
    ParseTree n = node;
    while (n != null && !(n instanceof GoParser.StatementContext)) {
      ParseTree parent = n.getParent();
      if (parent == null || parent.getSourceInterval().a != n.getSourceInterval().a
          || parent.getSourceInterval().b != n.getSourceInterval().b) {
        return Optional.empty();
      }
      n = parent;
    }
    if (n instanceof GoParser.StatementContext s && s.getParent() instanceof GoParser.StatementListContext) {
      return Optional.of(s);
    }
    return Optional.empty();
  }

  /** An assignment, short variable declaration, increment, send or expression statement. */
  static boolean isSimple(GoParser.StatementContext statement) {
    return statement.simpleStmt() != null;
  }

  /**
   * Whether a {@code x.Lock()} or {@code x.RLock()} statement comes before the statement in its
   * block or in an enclosing block of the same function, with no {@code x.Unlock()} or
   * {@code x.RUnlock()} statement after it ({@code defer x.Unlock()} keeps the lock held).
   */
  static boolean isLocked(GoParser.StatementContext statement) {
    ParseTree current = statement;
    while (current != null) {
      if (current instanceof GoParser.StatementContext s && s.getParent() instanceof GoParser.StatementListContext list) {
        int at = indexOf(list, s);
        for (int i = at - 1; i >= 0; i--) {
          if (list.getChild(i) instanceof GoParser.StatementContext before && before.deferStmt() == null) {
            String text = before.getText();
            if (LOCK.matcher(text).matches()) {
              return true;
            }
            if (UNLOCK.matcher(text).matches()) {
              return false;
            }
          }
        }
      }
      ParseTree parent = current.getParent();
      if (parent == null || Constraints.isFunction(parent)) {
        return false;
      }
      current = parent;
    }
    return false;
  }

  private static int indexOf(ParseTree parent, ParseTree child) {
    for (int i = 0; i < parent.getChildCount(); i++) {
      if (parent.getChild(i) == child) {
        return i;
      }
    }
    return -1;
  }
}
