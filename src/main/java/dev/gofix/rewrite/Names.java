package dev.gofix.rewrite;

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
}
