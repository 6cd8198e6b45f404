package dev.gofix.match;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code assigns-named-result(X)}: code in {@code X}, function literals within it included,
 * assigns to a named result declared outside {@code X} (of the function around it), or takes the
 * result's address.
 */
final class AssignsNamedResult {
  private final Facts facts;

  AssignsNamedResult(Facts facts) {
    this.facts = facts;
  }

  boolean test(Binding x) {
    for (ParseTree n : x.nodes()) {
      for (Token t : Assignments.in(n)) {
        boolean outside = facts.declared(t)
            .filter(d -> d.kind().equals("result"))
            .filter(d -> d.nameTokenIndex() < x.start() || d.nameTokenIndex() > x.stop())
            .isPresent();
        if (outside) {
          return true;
        }
      }
    }
    return false;
  }
}
