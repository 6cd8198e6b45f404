package dev.gofix.match;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A compiled pattern: Go syntax with metavariables, parsed by the same grammar as the code it
 * matches. Its root is either one node (an expression, a type, a statement, a declaration) or a
 * sequence of statements matched against consecutive statements of a block.
 */
public final class Pattern {
  private final PatternSource source;
  private final Set<String> metavariables;
  private final List<ParseTree> roots;
  private final boolean sequence;

  Pattern(PatternSource source, Set<String> metavariables, List<ParseTree> roots, boolean sequence) {
    this.source = source;
    this.metavariables = Set.copyOf(metavariables);
    this.roots = List.copyOf(roots);
    this.sequence = sequence;
  }

  public PatternSource source() {
    return source;
  }

  /** The names of the metavariables the pattern binds, without dollar signs. */
  public Set<String> metavariables() {
    return metavariables;
  }

  /** The pattern's root node, or its statements when it is a sequence. */
  List<ParseTree> roots() {
    return roots;
  }

  /** Whether the pattern is a run of statements rather than one node. */
  boolean isSequence() {
    return sequence;
  }

  @Override
  public String toString() {
    return source.text();
  }
}
