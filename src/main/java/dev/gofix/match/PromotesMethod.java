package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code promotes-method(T, NAME)}: {@code T} is a struct type literal, or names a struct type
 * of the package, that directly embeds a type of the package ({@code E} or {@code *E}) on which the package
 * declares a method {@code NAME}, so that the method is promoted to {@code T} unless {@code T}
 * has a field or method of that name. Embedded types of other packages are unknown.
 */
final class PromotesMethod {
  private final Facts facts;

  PromotesMethod(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree type, String name) {
    return facts.promotedPackageMethodsOfType(type).contains(name);
  }
}
