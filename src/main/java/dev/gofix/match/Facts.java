package dev.gofix.match;

import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What constraints and predicates may ask about names and types, answered by the resolver from
 * the package's syntax. Unknown is empty or false, never a guess.
 */
public interface Facts {

  /** The kind of the declared type of an expression naming a variable ({@code slice}, {@code map}, …). */
  Optional<String> kindOf(ParseTree expression);

  /** The declared type of an expression naming a variable, package names as import paths. */
  Optional<String> typeOf(ParseTree expression);

  /** Whether a name in the node refers to a declaration whose name token lies in {@code from..to}. */
  boolean refersTo(ParseTree node, int from, int to);

  /** Whether the name, written at the token, means Go's predeclared identifier. */
  boolean predeclared(String name, int tokenIndex);

  /**
   * The kind of the element type of an expression's declared type: of a slice, array, channel or
   * pointer element, or of a map's value.
   */
  default Optional<String> elemKindOf(ParseTree expression) {
    return Optional.empty();
  }

  /**
   * The names of the methods without parameters that the package declares on the type of an
   * expression, looking through one pointer ({@code *T} and {@code T} give the methods of
   * {@code T}); empty when the type is not a type declared in the package.
   */
  default java.util.Set<String> packageNullaryMethodsOf(ParseTree expression) {
    return java.util.Set.of();
  }

  /** Where and as what an identifier token's name is declared, if the package declares it. */
  default Optional<Declared> declared(org.antlr.v4.runtime.Token identifier) {
    return Optional.empty();
  }

  /**
   * A declaration as predicates see it.
   *
   * @param kind {@code const}, {@code var}, {@code type}, {@code func}, {@code param},
   *     {@code result}, {@code receiver}, {@code type_param}, {@code import}, {@code label} or
   *     {@code field}
   * @param nameTokenIndex the index of the declared name's token in the file's token stream
   */
  record Declared(String kind, int nameTokenIndex) {}

  /** Facts that know nothing: every answer is unknown. */
  Facts NONE = new Facts() {
    @Override
    public Optional<String> kindOf(ParseTree expression) {
      return Optional.empty();
    }

    @Override
    public Optional<String> typeOf(ParseTree expression) {
      return Optional.empty();
    }

    @Override
    public boolean refersTo(ParseTree node, int from, int to) {
      return false;
    }

    @Override
    public boolean predeclared(String name, int tokenIndex) {
      return false;
    }
  };
}
