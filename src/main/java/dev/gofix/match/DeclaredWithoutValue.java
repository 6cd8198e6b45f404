package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code declared-without-value(X)}: {@code X} names a variable declared by {@code var} with a
 * type and no value ({@code var p *T}), which therefore starts as the zero value of its type.
 */
final class DeclaredWithoutValue {
  private final Facts facts;

  DeclaredWithoutValue(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree x) {
    return facts.declaredWithoutValue(x);
  }
}
