package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code in-loop-body(X, B)}: {@code B} is the body of the innermost {@code for} loop around
 * {@code X} in X's own function (no function literal lies between them).
 */
final class InLoopBody {
  private InLoopBody() {}

  static boolean test(ParseTree x, Binding body) {
    ParseTree child = x;
    for (ParseTree n = x.getParent(); n != null && !Constraints.isFunction(child); n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext f && child == f.block()) {
        return body.start() > f.block().getStart().getTokenIndex()
            && body.stop() < f.block().getStop().getTokenIndex();
      }
      child = n;
    }
    return false;
  }
}
