package dev.gofix.match;

import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * {@code assigned-after(X, Y)}: the variable that the identifier {@code X} names is assigned, has
 * a field or element assigned, is incremented, or has its address taken somewhere in the file
 * after the first token of {@code Y}. A name the package does not declare is never assigned.
 */
final class AssignedAfter {
  private final Matcher matcher;
  private final Facts facts;

  AssignedAfter(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
  }

  boolean test(Token variable, int after) {
    Optional<Facts.Declared> decl = facts.declared(variable);
    if (decl.isEmpty()) {
      return false;
    }
    for (Token t : Assignments.in(matcher.file().tree())) {
      if (t.getTokenIndex() > after && t.getTokenIndex() != decl.get().nameTokenIndex()
          && facts.declared(t).filter(decl.get()::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
