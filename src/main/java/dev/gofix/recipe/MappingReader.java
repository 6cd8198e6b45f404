package dev.gofix.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The keys of one YAML mapping, checked against the keys allowed there: unknown, duplicate and
 * non-word keys are recorded as errors once, and typed getters record wrong or missing values.
 */
final class MappingReader {
  private final YamlDocument doc;
  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private MappingReader(YamlDocument doc, MappingNode node, List<String> allowed) {
    this.doc = doc;
    this.node = node;
    for (NodeTuple t : node.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key) || YamlDocument.isNull(key)) {
        doc.error(t.getKeyNode(), "keys must be words; allowed: " + String.join(", ", allowed));
        continue;
      }
      String name = key.getValue();
      if (!allowed.contains(name)) {
        doc.error(key, "unknown key \"" + name + "\"; allowed: " + String.join(", ", allowed));
      } else if (entries.containsKey(name)) {
        doc.error(key, "duplicate key \"" + name + "\"");
      } else {
        entries.put(name, t);
      }
    }
  }

  /** Reads a node that must be a mapping; records an error and returns empty otherwise. */
  static Optional<MappingReader> of(YamlDocument doc, Node node, String what, List<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      doc.error(node, what + " must be a mapping, not " + YamlDocument.describe(node));
      return Optional.empty();
    }
    return Optional.of(new MappingReader(doc, mapping, allowed));
  }

  /** The word keys of a mapping in file order, before any checking (to pick the allowed set). */
  static List<String> keyNames(MappingNode node) {
    List<String> names = new ArrayList<>();
    for (NodeTuple t : node.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode key) {
        names.add(key.getValue());
      }
    }
    return names;
  }

  MappingNode node() {
    return node;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The known keys present, in file order. */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  Node keyNode(String key) {
    return entries.get(key).getKeyNode();
  }

  Optional<Node> value(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  /** Records {@code missing required key} at the mapping's start when the key is absent. */
  boolean require(String key) {
    if (has(key)) {
      return true;
    }
    doc.error(node, "missing required key \"" + key + "\"");
    return false;
  }

  /** A scalar value, which may be empty text but not absent or null. */
  Optional<ScalarNode> string(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Node v = value.get();
    if (!(v instanceof ScalarNode s) || YamlDocument.isNull(v)) {
      doc.error(v, "\"" + key + "\" must be a string, not " + YamlDocument.describe(v));
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** A scalar value that must be present and not blank. */
  Optional<ScalarNode> requiredText(String key) {
    if (!require(key)) {
      return Optional.empty();
    }
    Optional<ScalarNode> s = string(key);
    if (s.isPresent() && s.get().getValue().isBlank()) {
      doc.error(s.get(), "\"" + key + "\" must not be empty");
      return Optional.empty();
    }
    return s;
  }

  /** A list value (an empty list is returned as such; the caller decides whether that is fine). */
  Optional<SequenceNode> list(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof SequenceNode seq)) {
      doc.error(value.get(), "\"" + key + "\" must be a list, not " + YamlDocument.describe(value.get()));
      return Optional.empty();
    }
    return Optional.of(seq);
  }
}
