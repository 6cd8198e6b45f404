package dev.gofix.match;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The code one metavariable stands for: one node for {@code $X}, any number of list items for
 * {@code $$$X}, or an operand with some of its selectors, indexes and calls ({@code $X} in
 * {@code $X.Add($N)} binds {@code a.b} of {@code a.b.Add(1)}).
 *
 * @param start index of the first token in the file's full token stream; for an empty list, the
 *     index of the token the list would start at
 * @param stop index of the last token; {@code start - 1} for an empty list
 */
public record Binding(String name, List<ParseTree> nodes, int start, int stop) {

  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /** The bound node when exactly one is bound. */
  public Optional<ParseTree> node() {
    return nodes.size() == 1 ? Optional.of(nodes.get(0)) : Optional.empty();
  }
}
