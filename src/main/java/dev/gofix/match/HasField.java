package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code has-field(T, NAME)}: the type {@code T} names (looking through one pointer and type
 * arguments) is a struct type of the package that declares a field {@code NAME} itself, an
 * embedded field counting by its type's name; promoted fields do not count. {@code NAME} is a
 * metavariable bound to an identifier, or a bare name.
 */
final class HasField {
  private final Facts facts;

  HasField(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree type, String name) {
    return facts.packageFieldsOfType(type).contains(name);
  }
}
