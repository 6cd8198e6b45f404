package dev.gofix.match;

import java.util.Optional;
import java.util.function.Supplier;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Facts that are worked out when first asked for: a file's facts need its package's declarations
 * and its own scopes, which a match whose syntactic constraints fail never needs.
 */
final class LazyFacts implements Facts {
  private final Supplier<? extends Facts> supplier;
  private Facts facts;

  LazyFacts(Supplier<? extends Facts> supplier) {
    this.supplier = supplier;
  }

  private Facts facts() {
    if (facts == null) {
      facts = supplier.get();
    }
    return facts;
  }

  @Override
  public Optional<String> kindOf(ParseTree expression) {
    return facts().kindOf(expression);
  }

  @Override
  public Optional<String> typeOf(ParseTree expression) {
    return facts().typeOf(expression);
  }

  @Override
  public boolean refersTo(ParseTree node, int from, int to) {
    return facts().refersTo(node, from, to);
  }

  @Override
  public boolean predeclared(String name, int tokenIndex) {
    return facts().predeclared(name, tokenIndex);
  }

  @Override
  public java.util.OptionalInt localVariable(int identifierTokenIndex) {
    return facts().localVariable(identifierTokenIndex);
  }

  @Override
  public java.util.OptionalInt declarationOf(int identifierTokenIndex) {
    return facts().declarationOf(identifierTokenIndex);
  }

  @Override
  public boolean packageVariable(int identifierTokenIndex) {
    return facts().packageVariable(identifierTokenIndex);
  }

  @Override
  public Optional<String> typeWrittenAt(ParseTree expression, boolean element, int tokenIndex) {
    return facts().typeWrittenAt(expression, element, tokenIndex);
  }

  @Override
  public Optional<String> elemKindOf(ParseTree expression) {
    return facts().elemKindOf(expression);
  }

  @Override
  public boolean sliceTypeParameter(ParseTree expression) {
    return facts().sliceTypeParameter(expression);
  }

  @Override
  public Optional<Variable> variableOf(ParseTree identifier) {
    return facts().variableOf(identifier);
  }

  @Override
  public Optional<String> importPathOf(ParseTree identifier) {
    return facts().importPathOf(identifier);
  }

  @Override
  public Optional<String> kindOfType(ParseTree typeNode) {
    return facts().kindOfType(typeNode);
  }

  @Override
  public Optional<String> typeOfType(ParseTree typeNode) {
    return facts().typeOfType(typeNode);
  }

  @Override
  public java.util.Set<String> packageNullaryMethodsOf(ParseTree expression) {
    return facts().packageNullaryMethodsOf(expression);
  }

  @Override
  public java.util.List<Method> packageMethodsOfType(ParseTree typeNode) {
    return facts().packageMethodsOfType(typeNode);
  }

  @Override
  public java.util.Set<String> packageFieldsOfType(ParseTree typeNode) {
    return facts().packageFieldsOfType(typeNode);
  }

  @Override
  public java.util.Set<String> promotedPackageMethodsOfType(ParseTree typeNode) {
    return facts().promotedPackageMethodsOfType(typeNode);
  }

  @Override
  public boolean declaredWithoutValue(ParseTree identifier) {
    return facts().declaredWithoutValue(identifier);
  }

  @Override
  public Optional<Declared> declared(org.antlr.v4.runtime.Token identifier) {
    return facts().declared(identifier);
  }
}
