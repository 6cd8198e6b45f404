package dev.gofix.recipe;

import dev.gofix.match.Constraint;
import dev.gofix.match.Pattern;
import dev.gofix.rewrite.FixAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the items of a recipe's {@code rules:} list into {@link Rule}s. */
final class RuleReader {
  static final List<String> KEYS = List.of("id", "go", "match", "where", "fix", "report");

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9-]+");

  private final YamlDocument doc;
  private final PatternReader patterns;
  private final Optional<Safety> safety;
  /** Rule ids seen so far, with the line of the first. */
  private final Map<String, Integer> ids = new HashMap<>();

  /** @param safety the recipe's safety, when it could be read */
  RuleReader(PatternReader patterns, Optional<Safety> safety) {
    this.doc = patterns.doc();
    this.patterns = patterns;
    this.safety = safety;
  }

  /** One rule; empty (with errors recorded) when anything in it is wrong. */
  Optional<Rule> read(Node item) {
    Optional<MappingReader> reader = MappingReader.of(doc, item, "a rule", KEYS);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    MappingReader m = reader.get();
    int errorsBefore = doc.errorCount();
    RuleScope scope = new RuleScope();

    Optional<String> id = m.requiredText("id").flatMap(this::id);
    Optional<Pattern> match = m.requiredText("match").flatMap(patterns::compile);
    match.ifPresentOrElse(scope::bind, scope::incomplete);

    Optional<GoVersionRange> go = Optional.of(GoVersionRange.ANY);
    if (m.has("go")) {
      go = m.string("go").flatMap(this::go);
    }

    ConstraintReader constraints = new ConstraintReader(patterns, scope);
    List<Constraint> where = new ArrayList<>();
    m.list("where").ifPresent(seq -> seq.getValue().forEach(n -> constraints.read(n).ifPresent(where::add)));

    List<FixAction> fix = new ArrayList<>();
    Optional<SequenceNode> fixList = m.list("fix");
    fixList.ifPresent(seq -> {
      if (seq.getValue().isEmpty()) {
        doc.error(seq, "\"fix\" must not be empty; leave it out for a rule that only reports");
      }
      FixReader reader2 = new FixReader(doc, scope, constraints, patterns);
      seq.getValue().forEach(n -> reader2.read(n).ifPresent(fix::add));
    });
    if (m.has("fix") && safety.equals(Optional.of(Safety.REPORT))) {
      doc.error(m.keyNode("fix"), "a recipe with safety: report cannot have a fix; use report");
    }

    Optional<ScalarNode> report = m.string("report");
    report.ifPresent(r -> scope.useTemplate(r, Set.of()));
    if (!m.has("fix") && !m.has("report")) {
      doc.error(m.node(), "a rule needs a fix, a report or both");
    }

    scope.check(doc);
    if (doc.errorCount() != errorsBefore || id.isEmpty() || match.isEmpty() || go.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Rule(id.get(), match.get(), List.copyOf(where), List.copyOf(fix),
        report.map(ScalarNode::getValue), go.get()));
  }

  private Optional<GoVersionRange> go(ScalarNode node) {
    try {
      return Optional.of(GoVersionRange.parse(node.getValue()));
    } catch (IllegalArgumentException e) {
      doc.error(node, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> id(ScalarNode node) {
    String id = node.getValue();
    if (!ID.matcher(id).matches()) {
      doc.error(node, "a rule id is made of a-z, 0-9 and -, not \"" + id + "\"");
      return Optional.empty();
    }
    Integer first = ids.putIfAbsent(id, YamlDocument.line(node));
    if (first != null) {
      doc.error(node, "duplicate rule id \"" + id + "\" (first at line " + first + ")");
      return Optional.empty();
    }
    return Optional.of(id);
  }
}
