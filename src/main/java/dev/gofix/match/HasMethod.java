package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code has-method(X, NAME)}: the declared type of {@code X} is a type of the package, or a
 * pointer to one, on which the package declares a method {@code NAME} (with a value or a pointer
 * receiver).
 */
final class HasMethod {
  private final Facts facts;

  HasMethod(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree x, String method) {
    return facts.packageMethodsOf(x).contains(method);
  }
}
