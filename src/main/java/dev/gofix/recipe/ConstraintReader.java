package dev.gofix.recipe;

import dev.gofix.match.Constraint;
import dev.gofix.match.Constraint.Relation;
import dev.gofix.match.Pattern;
import dev.gofix.match.Predicates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the items of a rule's {@code where:} list into {@link Constraint}s. */
final class ConstraintReader {
  /** The conditions on a metavariable; an item with {@code metavariable:} takes one of them. */
  static final List<String> METAVARIABLE_CONDITIONS =
      List.of("pattern", "regex", "not-regex", "kind", "elem-kind", "type", "package", "has", "not-has");

  /** The items that stand alone, each with one value. */
  static final List<String> ITEM_KEYS =
      List.of(
          "not",
          "inside",
          "not-inside",
          "has",
          "not-has",
          "followed-by",
          "not-followed-by",
          "preceded-by",
          "not-preceded-by",
          "predicate",
          "not-predicate",
          "some",
          "none");

  /** The keys that go with {@code some:} and {@code none:}. */
  static final List<String> SCAN_KEYS = List.of("in", "where");

  static final List<String> KINDS =
      List.of(
          "slice", "map", "string", "chan", "pointer", "struct", "array", "func", "interface",
          "basic");

  private static final Map<String, Relation> RELATIONS =
      Map.of(
          "inside", Relation.INSIDE,
          "not-inside", Relation.NOT_INSIDE,
          "has", Relation.HAS,
          "not-has", Relation.NOT_HAS,
          "followed-by", Relation.FOLLOWED_BY,
          "not-followed-by", Relation.NOT_FOLLOWED_BY,
          "preceded-by", Relation.PRECEDED_BY,
          "not-preceded-by", Relation.NOT_PRECEDED_BY);

  private static final java.util.regex.Pattern CALL =
      java.util.regex.Pattern.compile("\\s*([a-z][a-z0-9-]*)\\s*(?:\\((.*)\\))?\\s*", java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final YamlDocument doc;
  private final PatternReader patterns;
  private final RuleScope scope;

  ConstraintReader(PatternReader patterns, RuleScope scope) {
    this.doc = patterns.doc();
    this.patterns = patterns;
    this.scope = scope;
  }

  /** One {@code where:} item; empty (with errors recorded) when it cannot be read. */
  Optional<Constraint> read(Node item) {
    if (!(item instanceof MappingNode mapping)) {
      doc.error(item, "a where item must be a mapping, not " + YamlDocument.describe(item));
      return Optional.empty();
    }
    List<String> names = MappingReader.keyNames(mapping);
    if (names.contains("metavariable")) {
      List<String> allowed = new ArrayList<>(List.of("metavariable"));
      allowed.addAll(METAVARIABLE_CONDITIONS);
      MappingReader m = MappingReader.of(doc, item, "a where item", allowed).orElseThrow();
      return readMetavariable(m);
    }
    List<String> allowed = new ArrayList<>(List.of("metavariable"));
    allowed.addAll(ITEM_KEYS);
    if (names.stream().noneMatch(ITEM_KEYS::contains)) {
      int before = doc.errorCount();
      MappingReader.of(doc, item, "a where item", allowed);
      if (doc.errorCount() == before) {
        doc.error(item, "a where item needs \"metavariable\" or one of " + String.join(", ", ITEM_KEYS));
      }
      return Optional.empty();
    }
    Optional<String> key = exactlyOne(mapping, names, ITEM_KEYS, "a where item");
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().equals("some") || key.get().equals("none")) {
      List<String> scanKeys = new ArrayList<>(List.of(key.get()));
      scanKeys.addAll(SCAN_KEYS);
      MappingReader m = MappingReader.of(doc, item, "a where item", scanKeys).orElseThrow();
      Optional<ScalarNode> value = m.string(key.get());
      Optional<Pattern> pattern = value.flatMap(patterns::compileScan);
      pattern.ifPresent(scope::bind);
      Optional<String> region = region(m);
      List<Constraint> nested = nested(m);
      if (pattern.isEmpty() || region.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Constraint.Some(pattern.get(), region.get(), nested, key.get().equals("none")));
    }
    MappingReader m = MappingReader.of(doc, item, "a where item", List.of(key.get())).orElseThrow();
    Optional<ScalarNode> value = m.string(key.get());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return switch (key.get()) {
      case "not" -> patterns.compile(value.get()).map(Constraint.Not::new);
      case "predicate" -> predicate(value.get(), false);
      case "not-predicate" -> predicate(value.get(), true);
      case "inside" -> {
        // The metavariables of an inside pattern are bound from the enclosing node.
        var p = patterns.compile(value.get());
        p.ifPresentOrElse(scope::bind, scope::incomplete);
        yield p.map(q -> new Constraint.Related(Relation.INSIDE, q));
      }
      default -> patterns
          .compile(value.get())
          .map(p -> new Constraint.Related(RELATIONS.get(key.get()), p));
    };
  }

  /**
   * The {@code in:} of a scan: {@code function} (the default), {@code match} or a metavariable.
   */
  Optional<String> region(MappingReader m) {
    if (!m.has("in")) {
      return Optional.of(Constraint.FUNCTION);
    }
    Optional<ScalarNode> in = m.string("in");
    if (in.isEmpty()) {
      return Optional.empty();
    }
    String text = in.get().getValue().strip();
    if (text.equals(Constraint.FUNCTION) || text.equals("match")) {
      return Optional.of(text);
    }
    Optional<String> name = Metavariables.parse(text);
    if (name.isEmpty()) {
      doc.error(in.get(), "\"in\" is function, match or a metavariable ($X), not \"" + text + "\"");
      return Optional.empty();
    }
    scope.use(name.get(), text, in.get(), 0);
    return name;
  }

  /** The nested {@code where:} list of a scan, if any. */
  List<Constraint> nested(MappingReader m) {
    List<Constraint> out = new ArrayList<>();
    m.list("where").ifPresent(seq -> seq.getValue().forEach(n -> read(n).ifPresent(out::add)));
    return List.copyOf(out);
  }

  /**
   * The one key of {@code choices} that the mapping has; records an error (at the mapping, or at
   * the second such key) when it has none or several.
   */
  Optional<String> exactlyOne(
      MappingNode mapping, List<String> names, List<String> choices, String what) {
    List<String> found = names.stream().filter(choices::contains).toList();
    if (found.isEmpty()) {
      doc.error(mapping, what + " needs one of " + String.join(", ", choices));
      return Optional.empty();
    }
    if (found.size() > 1) {
      Node second = mapping.getValue().stream()
          .map(t -> t.getKeyNode())
          .filter(k -> k instanceof ScalarNode s && s.getValue().equals(found.get(1)))
          .findFirst()
          .orElse(mapping);
      doc.error(second, what + " takes exactly one of " + String.join(", ", choices)
          + "; found " + String.join(" and ", found));
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  private Optional<Constraint> readMetavariable(MappingReader m) {
    Optional<String> variable = m.string("metavariable").flatMap(this::metavariable);
    Optional<String> key =
        exactlyOne(m.node(), m.keys(), METAVARIABLE_CONDITIONS, "a metavariable constraint");
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (key.get().equals("type") && m.value("type").filter(n -> n instanceof SequenceNode).isPresent()) {
      return types(m).flatMap(ts -> variable.map(x -> new Constraint.TypeIn(x, ts)));
    }
    Optional<ScalarNode> value = m.string(key.get());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    ScalarNode v = value.get();
    Optional<Constraint> c =
        switch (key.get()) {
          case "pattern" -> {
            var p = patterns.compile(v);
            p.ifPresentOrElse(scope::bind, scope::incomplete);
            yield variable.flatMap(x -> p.map(q -> new Constraint.MetavariablePattern(x, q)));
          }
          case "regex", "not-regex" -> regex(v).flatMap(
              r -> variable.map(x -> new Constraint.TextMatches(x, r, key.get().equals("not-regex"))));
          case "kind" -> kind(v).flatMap(k -> variable.map(x -> new Constraint.KindIs(x, k)));
          case "package" -> {
            if (!v.getValue().strip().matches("[^\\s\"'`\\\\]+")) {
              doc.error(v, "\"package\" takes an import path written bare (context, net/http), not \""
                  + v.getValue() + "\"");
              yield Optional.empty();
            }
            yield variable.map(x -> new Constraint.PackageIs(x, v.getValue().strip()));
          }
          case "elem-kind" -> kind(v).flatMap(k -> variable.map(x -> new Constraint.ElemKindIs(x, k)));
          case "has", "not-has" -> patterns.compile(v).flatMap(
              p -> variable.map(x -> new Constraint.MetavariableHas(x, p, key.get().equals("not-has"))));
          default -> {
            if (v.getValue().isBlank()) {
              doc.error(v, "\"type\" must not be empty");
              yield Optional.empty();
            }
            yield variable.map(x -> new Constraint.TypeIs(x, v.getValue().strip()));
          }
        };
    return c;
  }

  /** A {@code type:} list: each item a non-empty type. */
  private Optional<List<String>> types(MappingReader m) {
    SequenceNode seq = (SequenceNode) m.value("type").orElseThrow();
    List<String> out = new ArrayList<>();
    boolean ok = !seq.getValue().isEmpty();
    if (!ok) {
      doc.error(seq, "a \"type\" list must not be empty");
    }
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode s) || YamlDocument.isNull(item) || s.getValue().isBlank()) {
        doc.error(item, "each \"type\" in the list must be a type, not " + YamlDocument.describe(item));
        ok = false;
      } else {
        out.add(s.getValue().strip());
      }
    }
    return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

  /** The bare name of a {@code metavariable:} value, noted as a use of the rule's scope. */
  private Optional<String> metavariable(ScalarNode node) {
    Optional<String> name = Metavariables.parse(node.getValue());
    if (name.isEmpty()) {
      doc.error(node, "\"metavariable\" must be written $X or $$$X (upper case), not \""
          + node.getValue() + "\"");
      return Optional.empty();
    }
    scope.use(name.get(), node.getValue(), node, 0);
    return name;
  }

  private Optional<java.util.regex.Pattern> regex(ScalarNode node) {
    try {
      return Optional.of(java.util.regex.Pattern.compile(node.getValue()));
    } catch (PatternSyntaxException e) {
      doc.error(node, "bad regex: " + e.getDescription()
          + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
      return Optional.empty();
    }
  }

  private Optional<String> kind(ScalarNode node) {
    if (!KINDS.contains(node.getValue())) {
      doc.error(node, "kind must be one of " + String.join(", ", KINDS)
          + ", not \"" + node.getValue() + "\"");
      return Optional.empty();
    }
    return Optional.of(node.getValue());
  }

  /** {@code name(arg, ...)}: a known name with as many arguments as it takes. */
  private Optional<Constraint> predicate(ScalarNode node, boolean negated) {
    String text = node.getValue();
    Matcher call = CALL.matcher(text);
    if (!call.matches()) {
      doc.error(node, "a predicate is written name(argument, ...), not \"" + text + "\"");
      return Optional.empty();
    }
    String name = call.group(1);
    Integer arity = Predicates.ARITY.get(name);
    if (arity == null) {
      doc.error(node, call.start(1), "unknown predicate \"" + name + "\"; known: "
          + String.join(", ", new java.util.TreeSet<>(Predicates.ARITY.keySet())));
      return Optional.empty();
    }
    List<String> arguments = new ArrayList<>();
    boolean ok = true;
    if (call.group(2) != null && !call.group(2).isBlank()) {
      int offset = call.start(2);
      for (String raw : call.group(2).split(",", -1)) {
        String arg = raw.strip();
        int at = offset + raw.indexOf(arg.isEmpty() ? raw : arg);
        Optional<String> mv = Metavariables.parse(arg);
        if (mv.isPresent()) {
          scope.use(mv.get(), arg, node, at);
          arguments.add(mv.get());
        } else if (IDENTIFIER.matcher(arg).matches()) {
          Optional<String> wrong = arg.equals("match")
              ? Optional.empty() : Predicates.wordError(name, arguments.size(), arg);
          if (wrong.isPresent()) {
            doc.error(node, at, wrong.get());
            ok = false;
          }
          arguments.add(arg);
        } else {
          doc.error(node, at, "a predicate argument is $X, $$$X, match or a name, not \"" + arg + "\"");
          ok = false;
        }
        offset += raw.length() + 1;
      }
    }
    if (ok && arguments.size() != arity) {
      doc.error(node, "predicate \"" + name + "\" takes " + arity
          + (arity == 1 ? " argument" : " arguments") + ", not " + arguments.size());
      return Optional.empty();
    }
    return ok ? Optional.of(new Constraint.Predicate(name, arguments, negated)) : Optional.empty();
  }
}
