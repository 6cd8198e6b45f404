package dev.gofix.recipe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the top level of one recipe file into a {@link Recipe}, the rules through {@link RuleReader}. */
final class RecipeReader {
  static final List<String> KEYS = List.of("id", "summary", "description", "safety", "go", "rules");

  private final YamlDocument doc;
  private final PatternReader patterns;
  private final Path file;
  private int idLine = 1;
  private int idColumn = 1;

  RecipeReader(YamlDocument doc, RecipeLoader.Compiler compiler, Path file) {
    this.doc = doc;
    this.patterns = new PatternReader(doc, compiler);
    this.file = file;
  }

  /** A recipe's id and safety, read before the rest of the file (and its patterns). */
  record Header(String id, Safety safety) {}

  private Optional<Node> root;

  private Optional<Node> root() {
    if (root == null) {
      root = doc.compose();
    }
    return root;
  }

  /**
   * The id and safety as written, without checking the file; empty when they cannot be read so
   * (then {@link #read} reports why).
   */
  Optional<Header> header() {
    // Only the start of the file is parsed: a passed-over recipe costs a few lines of YAML.
    java.util.Map<String, String> top = doc.leadingScalars(java.util.Set.of("id", "safety"));
    String id = top.get("id");
    Safety safety = top.containsKey("safety") ? Safety.ofLabel(top.get("safety")).orElse(null) : null;
    return id == null || safety == null ? Optional.empty() : Optional.of(new Header(id, safety));
  }

  /** The recipe, or empty when the file has any error (all of them recorded in the document). */
  Optional<Recipe> read() {
    Optional<Node> root = root();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Optional<MappingReader> reader = MappingReader.of(doc, root.get(), "a recipe", KEYS);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    MappingReader m = reader.get();
    Optional<String> id = m.requiredText("id").flatMap(this::id);
    Optional<String> summary = m.requiredText("summary").flatMap(this::summary);
    Optional<String> description = m.requiredText("description").map(ScalarNode::getValue);
    Optional<Safety> safety = m.requiredText("safety").flatMap(this::safety);
    Optional<GoVersionRange> go =
        m.has("go") ? m.string("go").flatMap(this::go) : Optional.of(GoVersionRange.ANY);

    List<Rule> rules = new ArrayList<>();
    if (m.require("rules")) {
      m.list("rules").ifPresent(seq -> {
        if (seq.getValue().isEmpty()) {
          doc.error(seq, "\"rules\" must not be empty");
        }
        RuleReader ruleReader = new RuleReader(patterns, safety);
        seq.getValue().forEach(n -> ruleReader.read(n).ifPresent(rules::add));
      });
    }
    if (doc.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Recipe(id.orElseThrow(), summary.orElseThrow(), description.orElseThrow(),
        safety.orElseThrow(), go.orElseThrow(), List.copyOf(rules), file));
  }

  /** The line of the {@code id:} value, once {@link #read} has seen it. */
  int idLine() {
    return idLine;
  }

  int idColumn() {
    return idColumn;
  }

  private Optional<String> id(ScalarNode node) {
    idLine = YamlDocument.line(node);
    idColumn = YamlDocument.column(node);
    String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    if (!node.getValue().equals(expected)) {
      doc.error(node, "id \"" + node.getValue() + "\" must equal the file name \"" + expected + "\"");
      return Optional.empty();
    }
    return Optional.of(node.getValue());
  }

  private Optional<String> summary(ScalarNode node) {
    String s = node.getValue().strip();
    if (s.contains("\n")) {
      doc.error(node, "\"summary\" must be one line");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private Optional<Safety> safety(ScalarNode node) {
    Optional<Safety> safety = Safety.ofLabel(node.getValue());
    if (safety.isEmpty()) {
      doc.error(node, "safety must be safe, review or report, not \"" + node.getValue() + "\"");
    }
    return safety;
  }

  private Optional<GoVersionRange> go(ScalarNode node) {
    try {
      GoVersionRange range = GoVersionRange.parse(node.getValue());
      if (range.atLeast().isPresent() && range.below().isPresent()
          && range.atLeast().get().compareTo(range.below().get()) >= 0) {
        doc.error(node, "the Go version range \"" + node.getValue() + "\" is empty");
        return Optional.empty();
      }
      return Optional.of(range);
    } catch (IllegalArgumentException e) {
      doc.error(node, "bad go version range: " + e.getMessage());
      return Optional.empty();
    }
  }
}
