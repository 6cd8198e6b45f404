package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code has-pointer-method(T)}: the type {@code T} names ({@code T}, {@code *T} or
 * {@code T[P]}) is a type of the package on which the package declares at least one method with
 * a pointer receiver ({@code func (t *T) M()}).
 */
final class HasPointerMethod {
  private final Facts facts;

  HasPointerMethod(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree type) {
    return facts.packageMethodsOfType(type).stream().anyMatch(Facts.Method::pointerReceiver);
  }
}
