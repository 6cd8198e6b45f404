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
