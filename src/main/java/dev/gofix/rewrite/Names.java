package dev.gofix.rewrite;

import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/** The name facts a fix needs from the resolver: what is taken, and what a name means where. */
public interface Names {

  /** Every name declared or used in the function enclosing the node (the file if none). */
  Set<String> usedAround(ParseTree node);

  /** Whether the name is declared at package level in any file of the package. */
  boolean declaredAtPackageLevel(String name);

  /**
   * Whether the name, written at the token, would mean something other than the package imported
   * under it (a local variable, a parameter, a package-level declaration).
   */
  boolean shadowedAt(String name, int tokenIndex);

  /**
   * The type ({@code element}: the slice element type) of the variable an expression names, as
   * it can be written at a token index; empty when it cannot be told or written there.
   */
  default java.util.Optional<String> typeWrittenAt(ParseTree expression, boolean element, int tokenIndex) {
    return java.util.Optional.empty();
  }

  /** A variable found in scope: its name and the token index of its declaring name. */
  record Found(String name, int nameTokenIndex) {}

  /**
   * The innermost variable visible at the token whose declared type, package names written as
   * import paths, is {@code type}; among several in the same scope, the one declared last.
   */
  default Optional<Found> innermostVariableOfType(String type, int tokenIndex) {
    return Optional.empty();
  }

  /** The kind of a type node ({@code struct}, {@code basic}, {@code named}, …), if known. */
  default Optional<String> kindOfType(ParseTree typeNode) {
    return Optional.empty();
  }

  /** A type node's text with package names replaced by import paths. */
  default Optional<String> typeOfType(ParseTree typeNode) {
    return Optional.empty();
  }
}
