package dev.gofix.recipe;

import dev.gofix.rewrite.FixAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the items of a rule's {@code fix:} list into {@link FixAction}s. */
final class FixReader {
  /** Each action's key, with the other keys its item takes. */
  static final Map<String, List<String>> ACTIONS;

  static {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("replace", List.of("with"));
    m.put("insert-before", List.of("text"));
    m.put("insert-after", List.of("text"));
    m.put("wrap", List.of("with", "continue-as"));
    m.put("delete", List.of());
    m.put("move", List.of("before", "after"));
    m.put("fresh-name", List.of("name"));
    m.put("import", List.of("as"));
    m.put("each", List.of("in", "where", "fix"));
    m.put("find-variable", List.of("type", "at"));
    m.put("zero-values", List.of("error"));
    ACTIONS = java.util.Collections.unmodifiableMap(m);
  }

  private static final java.util.regex.Pattern GO_IDENTIFIER =
      java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");
  private static final java.util.regex.Pattern IMPORT_PATH =
      java.util.regex.Pattern.compile("[^\\s\"'`\\\\]+");

  private final YamlDocument doc;
  private final RuleScope scope;
  private final ConstraintReader choices;
  private final PatternReader patterns;

  FixReader(YamlDocument doc, RuleScope scope, ConstraintReader choices, PatternReader patterns) {
    this.doc = doc;
    this.scope = scope;
    this.choices = choices;
    this.patterns = patterns;
  }

  /** One {@code fix:} item; empty (with errors recorded) when it cannot be read. */
  Optional<FixAction> read(Node item) {
    if (!(item instanceof MappingNode mapping)) {
      doc.error(item, "a fix item must be a mapping, not " + YamlDocument.describe(item));
      return Optional.empty();
    }
    List<String> names = MappingReader.keyNames(mapping);
    List<String> actions = List.copyOf(ACTIONS.keySet());
    if (names.stream().noneMatch(ACTIONS::containsKey)) {
      doc.error(item, "a fix item needs one of " + String.join(", ", actions));
      return Optional.empty();
    }
    Optional<String> action = choices.exactlyOne(mapping, names, actions, "a fix item");
    if (action.isEmpty()) {
      return Optional.empty();
    }
    String a = action.get();
    List<String> allowed = new ArrayList<>(List.of(a));
    allowed.addAll(ACTIONS.get(a));
    MappingReader m = MappingReader.of(doc, item, "a fix item", allowed).orElseThrow();
    Optional<ScalarNode> subject = m.string(a);
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    ScalarNode s = subject.get();
    return switch (a) {
      case "replace" -> both(target(s), template(m, a, "with", Set.of()), FixAction.Replace::new);
      case "insert-before" -> both(target(s), template(m, a, "text", Set.of()), FixAction.InsertBefore::new);
      case "insert-after" -> both(target(s), template(m, a, "text", Set.of()), FixAction.InsertAfter::new);
      case "wrap" -> wrap(m, s);
      case "delete" -> target(s).map(FixAction.Delete::new);
      case "move" -> move(m, s);
      case "fresh-name" -> freshName(m, s);
      case "each" -> each(m, s);
      case "find-variable" -> findVariable(m, s);
      case "zero-values" -> zeroValues(m, s);
      default -> addImport(m, s);
    };
  }

  private interface Maker<T> {
    FixAction make(String target, T value);
  }

  private static <T> Optional<FixAction> both(Optional<String> target, Optional<T> value, Maker<T> maker) {
    return target.isPresent() && value.isPresent()
        ? Optional.of(maker.make(target.get(), value.get()))
        : Optional.empty();
  }

  /** {@code match} or a metavariable the rule binds. */
  private Optional<String> target(ScalarNode node) {
    String text = node.getValue().strip();
    if (text.equals(FixAction.MATCH)) {
      return Optional.of(FixAction.MATCH);
    }
    Optional<String> name = Metavariables.parse(text);
    if (name.isEmpty()) {
      doc.error(node, "a target is match or a metavariable ($X, $$$X), not \"" + node.getValue() + "\"");
      return Optional.empty();
    }
    scope.use(name.get(), text, node, 0);
    return name;
  }

  private Optional<String> template(MappingReader m, String action, String key, Set<String> ignored) {
    if (!m.has(key)) {
      doc.error(m.keyNode(action), action + " needs \"" + key + "\"");
      return Optional.empty();
    }
    Optional<ScalarNode> t = m.string(key);
    t.ifPresent(node -> scope.useTemplate(node, ignored));
    return t.map(ScalarNode::getValue);
  }

  private Optional<FixAction> wrap(MappingReader m, ScalarNode subject) {
    Optional<String> target = target(subject);
    Optional<String> template = template(m, "wrap", "with", Set.of("_"));
    if (!m.has("continue-as")) {
      return both(target, template, FixAction.Wrap::new);
    }
    Optional<String> continueAs = m.string("continue-as").flatMap(c -> {
      if (c.getValue().isBlank()) {
        doc.error(c, "\"continue-as\" must not be empty");
        return Optional.empty();
      }
      return Optional.of(c.getValue().strip());
    });
    return target.isPresent() && template.isPresent() && continueAs.isPresent()
        ? Optional.of(new FixAction.Wrap(target.get(), template.get(), continueAs.get()))
        : Optional.empty();
  }

  private Optional<FixAction> move(MappingReader m, ScalarNode subject) {
    Optional<String> target = target(subject);
    boolean before = m.has("before");
    boolean after = m.has("after");
    if (before == after) {
      doc.error(after ? m.keyNode("after") : m.keyNode("move"),
          before ? "move takes before or after, not both" : "move needs \"before\" or \"after\"");
      return Optional.empty();
    }
    Optional<String> anchor = m.string(after ? "after" : "before").flatMap(this::target);
    return both(target, anchor, (t, a) -> new FixAction.Move(t, a, after));
  }

  private Optional<FixAction> freshName(MappingReader m, ScalarNode subject) {
    Optional<String> variable = binding(subject, "fresh-name");
    if (!m.has("name")) {
      doc.error(m.keyNode("fresh-name"), "fresh-name needs \"name\"");
      return Optional.empty();
    }
    Optional<String> name = m.string("name").flatMap(n -> {
      if (!GO_IDENTIFIER.matcher(n.getValue().replaceAll("\\$\\{[A-Z_][A-Z0-9_]*\\}", "x")).matches()) {
        doc.error(n, "\"name\" must be a Go identifier, possibly with ${X} parts, not \"" + n.getValue() + "\"");
        return Optional.empty();
      }
      scope.useTemplate(n, Set.of());
      return Optional.of(n.getValue());
    });
    return both(variable, name, FixAction.FreshName::new);
  }

  /** {@code each: pattern} with {@code in:}, {@code where:} and a nested {@code fix:}. */
  private Optional<FixAction> each(MappingReader m, ScalarNode subject) {
    Optional<dev.gofix.match.Pattern> pattern = patterns.compileScan(subject);
    pattern.ifPresent(scope::bind);
    Optional<String> region = choices.region(m);
    List<dev.gofix.match.Constraint> where = choices.nested(m);
    if (!m.has("fix")) {
      doc.error(m.keyNode("each"), "each needs \"fix\"");
      return Optional.empty();
    }
    List<FixAction> actions = new ArrayList<>();
    m.list("fix").ifPresent(seq -> {
      if (seq.getValue().isEmpty()) {
        doc.error(seq, "the \"fix\" of each must not be empty");
      }
      for (Node n : seq.getValue()) {
        read(n).ifPresent(a -> {
          if (a instanceof FixAction.Replace || a instanceof FixAction.InsertBefore
              || a instanceof FixAction.InsertAfter || a instanceof FixAction.Wrap
              || a instanceof FixAction.Delete || a instanceof FixAction.FreshName) {
            actions.add(a);
          } else {
            doc.error(n, "the fix of each takes replace, insert-before, insert-after, wrap, delete and fresh-name");
          }
        });
      }
    });
    if (pattern.isEmpty() || region.isEmpty() || actions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FixAction.Each(pattern.get(), region.get(), where, List.copyOf(actions)));
  }

  /** {@code find-variable: $X} with {@code type:} and an optional {@code at:} target. */
  private Optional<FixAction> findVariable(MappingReader m, ScalarNode subject) {
    Optional<String> variable = binding(subject, "find-variable");
    if (!m.has("type")) {
      doc.error(m.keyNode("find-variable"), "find-variable needs \"type\"");
      return Optional.empty();
    }
    Optional<String> type = m.string("type").flatMap(t -> {
      if (t.getValue().isBlank()) {
        doc.error(t, "\"type\" must not be empty");
        return Optional.empty();
      }
      return Optional.of(t.getValue().strip());
    });
    Optional<String> at = m.has("at") ? m.string("at").flatMap(this::target) : Optional.of(FixAction.MATCH);
    if (variable.isEmpty() || type.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FixAction.FindVariable(variable.get(), type.get(), at.get()));
  }

  /** {@code zero-values: $X} with an optional {@code error:} template. */
  private Optional<FixAction> zeroValues(MappingReader m, ScalarNode subject) {
    Optional<String> error = Optional.empty();
    if (m.has("error")) {
      error = template(m, "zero-values", "error", Set.of());
      if (error.isEmpty()) {
        return Optional.empty();
      }
    }
    Optional<String> variable = binding(subject, "zero-values");
    String e = error.orElse(null);
    return variable.map(v -> new FixAction.ZeroValues(v, e));
  }

  /** {@code import: path}, with {@code as:} binding the local name (null when absent). */
  private Optional<FixAction> addImport(MappingReader m, ScalarNode subject) {
    String path = subject.getValue();
    if (!IMPORT_PATH.matcher(path).matches()) {
      doc.error(subject, "an import path is written bare (sync, golang.org/x/sync/errgroup), not \"" + path + "\"");
      return Optional.empty();
    }
    if (!m.has("as")) {
      return Optional.of(new FixAction.AddImport(path, null));
    }
    return m.string("as").flatMap(as -> binding(as, "as")).map(v -> new FixAction.AddImport(path, v));
  }

  /** A metavariable that a fix action binds. */
  private Optional<String> binding(ScalarNode node, String key) {
    Optional<String> name = Metavariables.parse(node.getValue().strip());
    if (name.isEmpty()) {
      doc.error(node, "\"" + key + "\" takes a metavariable ($X), not \"" + node.getValue() + "\"");
      return Optional.empty();
    }
    scope.bindInFix(name.get(), node);
    return name;
  }
}
