package dev.gofix.recipe;

import dev.gofix.match.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The metavariables of one rule: those its patterns, fresh names and imports bind, and every
 * place that uses one, checked once the whole rule has been read (bindings may come later in the
 * file than their uses).
 */
final class RuleScope {
  private record Use(String written, String name, ScalarNode node, int offset) {}

  private final Set<String> boundByPatterns = new HashSet<>();
  private final Set<String> boundByFix = new HashSet<>();
  private final List<Use> fixBindings = new ArrayList<>();
  private final List<Use> uses = new ArrayList<>();
  private boolean complete = true;

  /** The pattern's metavariables are bound. */
  void bind(Pattern pattern) {
    boundByPatterns.addAll(pattern.metavariables());
  }

  /** A pattern that should bind did not compile: unbound uses can no longer be told apart. */
  void incomplete() {
    complete = false;
  }

  /** A fix action ({@code fresh-name}, {@code import ... as}) binds the metavariable. */
  void bindInFix(String name, ScalarNode node) {
    boundByFix.add(name);
    fixBindings.add(new Use(node.getValue(), name, node, 0));
  }

  /** A metavariable used at a character of a scalar. */
  void use(String name, String written, ScalarNode node, int offset) {
    uses.add(new Use(written, name, node, offset));
  }

  /** Every metavariable a template mentions, except those in {@code ignored}. */
  void useTemplate(ScalarNode node, Set<String> ignored) {
    for (Metavariables.Use u : Metavariables.scan(node.getValue())) {
      if (!ignored.contains(u.name())) {
        use(u.name(), u.written(), node, u.offset());
      }
    }
  }

  void check(YamlDocument doc) {
    if (!complete) {
      return;
    }
    for (Use b : fixBindings) {
      if (boundByPatterns.contains(b.name())) {
        doc.error(b.node(), 0, b.written() + " is already bound by the rule's patterns");
      }
    }
    for (Use u : uses) {
      if (!boundByPatterns.contains(u.name()) && !boundByFix.contains(u.name())) {
        doc.error(
            u.node(),
            u.offset(),
            u.written() + " is not bound by the match, a where pattern, a fresh-name or an import");
      }
    }
  }
}
