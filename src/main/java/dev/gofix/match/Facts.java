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
   * The token index of the name declaring the local variable (a variable, parameter or result
   * declared inside a function) that the identifier token refers to; empty for anything else.
   */
  default java.util.OptionalInt localVariable(int identifierTokenIndex) {
    return java.util.OptionalInt.empty();
  }

  /**
   * The name token of the declaration an identifier token declares or refers to; empty when the
   * token is no identifier or its declaration is unknown.
   */
  default java.util.OptionalInt declarationOf(int identifierTokenIndex) {
    return java.util.OptionalInt.empty();
  }

  /** Whether an identifier token names a variable declared at package level. */
  default boolean packageVariable(int identifierTokenIndex) {
    return false;
  }

  /**
   * The type of a variable named by an expression ({@code element}: its slice element type) as
   * the file spells it, when written at a token index means the same there as where the variable
   * is declared; empty when unknown, when the spelling is not a plain name, qualified name,
   * pointer, slice, array or map of such, or when a name in it means something else at the index.
   */
  default Optional<String> typeWrittenAt(ParseTree expression, boolean element, int tokenIndex) {
    return Optional.empty();
  }

  /**
   * The kind of the element type of an expression's declared type: of a slice, array, channel or
   * pointer element, or of a map's value.
   */
  default Optional<String> elemKindOf(ParseTree expression) {
    return Optional.empty();
  }

  /**
   * Whether an expression names a variable whose type is a type parameter constrained to slices
   * ({@code S ~[]E}, {@code S []E}, or an interface with that one term).
   */
  default boolean sliceTypeParameter(ParseTree expression) {
    return false;
  }

  /**
   * A variable an identifier declares or refers to.
   *
   * @param nameTokenIndex the token index of the declaring name (in the identifier's file when
   *     the variable is local)
   * @param packageLevel whether the variable is declared at package level
   */
  record Variable(int nameTokenIndex, boolean packageLevel) {}

  /** The variable (var, parameter, result or receiver) an identifier names, if known. */
  default Optional<Variable> variableOf(ParseTree identifier) {
    return Optional.empty();
  }

  /** The import path of the package an identifier names, if it names an import. */
  default Optional<String> importPathOf(ParseTree identifier) {
    return Optional.empty();
  }

  /** The kind ({@code slice}, …, {@code named} for names whose underlying type is unknown) of a type node. */
  default Optional<String> kindOfType(ParseTree typeNode) {
    return Optional.empty();
  }

  /** A type node's text with package names replaced by import paths ({@code context.Context}). */
  default Optional<String> typeOfType(ParseTree typeNode) {
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

  /**
   * A method the package declares.
   *
   * @param name the method's name
   * @param pointerReceiver whether its receiver is a pointer ({@code func (t *T) M()})
   */
  record Method(String name, boolean pointerReceiver) {}

  /**
   * The methods the package declares on the type a type node names ({@code T}, {@code *T},
   * {@code T[P]}: the methods of {@code T}), in file order; empty when the node names no type
   * declared at package level.
   */
  default java.util.List<Method> packageMethodsOfType(ParseTree typeNode) {
    return java.util.List.of();
  }

  /**
   * The names of the fields the struct type a type node names declares itself (an embedded field
   * by its type's name), looking through one pointer; empty when the node names no struct type
   * declared at package level.
   */
  default java.util.Set<String> packageFieldsOfType(ParseTree typeNode) {
    return java.util.Set.of();
  }

  /**
   * The names of the methods the package declares on the types that the struct type a type node
   * is ({@code struct { … }}) or names embeds directly ({@code E} or {@code *E}, {@code E} a type of the package); embedded
   * types of other packages are unknown and add nothing.
   */
  default java.util.Set<String> promotedPackageMethodsOfType(ParseTree typeNode) {
    return java.util.Set.of();
  }

  /**
   * Whether an identifier names a variable declared by {@code var} without a value, so that it
   * starts as its type's zero value.
   */
  default boolean declaredWithoutValue(ParseTree identifier) {
    return false;
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
  /** Facts worked out by the supplier when first asked for, and then kept. */
  static Facts lazy(java.util.function.Supplier<? extends Facts> supplier) {
    return new LazyFacts(supplier);
  }

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
