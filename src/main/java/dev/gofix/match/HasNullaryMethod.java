package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code has-nullary-method(X, NAME)}: the declared type of {@code X} is a type of the package,
 * or a pointer to one, on which the package declares a method {@code NAME} (with a value or a
 * pointer receiver) that takes no arguments, so that {@code x.NAME()} compiles.
 */
final class HasNullaryMethod {
  private final Facts facts;

  HasNullaryMethod(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree x, String method) {
    return facts.packageNullaryMethodsOf(x).contains(method);
  }
}
