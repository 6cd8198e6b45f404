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

  /** Per pattern node, computed once: what the matcher asks of pattern nodes again and again. */
  private final java.util.Map<ParseTree, NodeInfo> nodes = new java.util.IdentityHashMap<>();

  /** A pattern node's metavariable (if it is one), its children without separators, and whether it is a list of {@code $$$X} only. */
  record NodeInfo(java.util.Optional<Metavariables.Var> variable, List<ParseTree> children, boolean onlyLists) {}

  Pattern(PatternSource source, Set<String> metavariables, List<ParseTree> roots, boolean sequence) {
    this.source = source;
    this.metavariables = Set.copyOf(metavariables);
    this.roots = List.copyOf(roots);
    this.sequence = sequence;
    for (ParseTree root : this.roots) {
      index(root);
    }
  }

  private void index(ParseTree node) {
    nodes.put(node, new NodeInfo(Metavariables.of(node), Matcher.children(node), Matcher.onlyLists(node)));
    for (int i = 0; i < node.getChildCount(); i++) {
      index(node.getChild(i));
    }
  }

  /** The facts of one of this pattern's nodes; null for a node of another tree. */
  NodeInfo info(ParseTree node) {
    return nodes.get(node);
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
