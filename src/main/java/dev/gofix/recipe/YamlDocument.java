package dev.gofix.recipe;

import dev.gofix.match.PatternSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One recipe file being read: its text, its YAML node tree, and the errors found so far, each at
 * a 1-based line and column of the file.
 */
final class YamlDocument {
  private final String file;
  private final String text;
  /** The file's lines, split on first use (only block-scalar patterns need them). */
  private List<String> lines;
  private final List<RecipeError> errors = new ArrayList<>();

  YamlDocument(String file, String text) {
    this.file = file;
    this.text = text;
  }

  /** The lines of the text, split at \n, \r\n and \r as YAML breaks lines. */
  private List<String> lines() {
    if (lines == null) {
      lines = text.lines().toList();
    }
    return lines;
  }

  String file() {
    return file;
  }

  /**
   * The plain values of the given keys of the document's top-level mapping, read from the start of
   * the file only as far as needed (the parser stops once it has them all). Whatever it cannot read
   * that way (a syntax error, a value that is not a scalar, a missing key) is left out and nothing
   * is recorded: {@link #compose} reports it.
   */
  java.util.Map<String, String> leadingScalars(java.util.Set<String> keys) {
    java.util.Map<String, String> found = new java.util.HashMap<>();
    try {
      int depth = 0; // collections open; the root mapping is depth 1
      String key = null;
      for (org.snakeyaml.engine.v2.events.Event e : new org.snakeyaml.engine.v2.api.lowlevel.Parse(
          LoadSettings.builder().setLabel(file).build()).parseString(text)) {
        switch (e.getEventId()) {
          case MappingStart, SequenceStart -> {
            if (depth == 0 && e.getEventId() == org.snakeyaml.engine.v2.events.Event.ID.SequenceStart) {
              return found; // the root is not a mapping
            }
            depth++;
            if (depth > 1) {
              key = null; // a collection value: skip it
            }
          }
          case MappingEnd, SequenceEnd -> {
            depth--;
            if (depth == 0) {
              return found;
            }
          }
          case Scalar -> {
            if (depth != 1) {
              continue;
            }
            String value = ((org.snakeyaml.engine.v2.events.ScalarEvent) e).getValue();
            if (key == null) {
              key = value;
            } else {
              if (keys.contains(key)) {
                found.putIfAbsent(key, value);
                if (found.size() == keys.size()) {
                  return found;
                }
              }
              key = null;
            }
          }
          case Alias -> {
            if (depth == 1) {
              key = key == null ? "" : null; // an alias key matches no wanted key
            }
          }
          default -> {}
        }
      }
    } catch (YamlEngineException e) {
      // compose reports it
    }
    return found;
  }

  /** The document's root node; empty (with an error recorded) for a syntax error or no document. */
  Optional<Node> compose() {
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(file).build();
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty() || isNull(root.get())) {
        error(1, 1, "the file holds no recipe; expected a mapping with keys "
            + String.join(", ", RecipeReader.KEYS));
        return Optional.empty();
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      error(
          mark.map(m -> m.getLine() + 1).orElse(1),
          mark.map(m -> m.getColumn() + 1).orElse(1),
          "YAML syntax error: " + problem);
      return Optional.empty();
    } catch (YamlEngineException e) {
      error(1, 1, "YAML error: " + e.getMessage().lines().findFirst().orElse(""));
      return Optional.empty();
    }
  }

  void error(int line, int column, String message) {
    errors.add(new RecipeError(file, line, column, message));
  }

  /** An error at the start of a node (a key, a value, or the first key of a mapping). */
  void error(Node node, String message) {
    error(line(node), column(node), message);
  }

  /** An error at a character of a scalar's value, counted from 0. */
  void error(ScalarNode node, int offset, String message) {
    PatternSource at = patternSource(node);
    String value = node.getValue();
    int k = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(offset, value.length()); i++) {
      if (value.charAt(i) == '\n') {
        k++;
        lineStart = i + 1;
      }
    }
    int c = offset - lineStart + 1;
    error(at.line() + k - 1, k == 1 ? at.column() + c - 1 : at.indent() + c, message);
  }

  /** The errors in the order of their positions. */
  List<RecipeError> errors() {
    List<RecipeError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt(RecipeError::line).thenComparingInt(RecipeError::column));
    return sorted;
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  int errorCount() {
    return errors.size();
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** "a mapping", "a list", "a string" or "empty", for messages about wrong types. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return isNull(node) ? "empty" : "a string";
  }

  /**
   * Where a scalar's text starts in the file: for a plain scalar its first character, for a quoted
   * one the character after the quote, for a block scalar ({@code |} or {@code >}) the first
   * column of the block's indentation on the line after the header, with that indentation as the
   * number of columns stripped from every line.
   */
  PatternSource patternSource(ScalarNode node) {
    int line = line(node);
    int column = column(node);
    ScalarStyle style = node.getScalarStyle();
    if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
      return new PatternSource(node.getValue(), file, line, column + 1, 0);
    }
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      int indent = blockIndent(line, node.getValue());
      return new PatternSource(node.getValue(), file, line + 1, indent + 1, indent);
    }
    return new PatternSource(node.getValue(), file, line, column, 0);
  }

  /**
   * The indentation of a block scalar whose header is on {@code headerLine}: the leading spaces of
   * its first non-blank line in the file, less those the value keeps (an explicit indentation
   * indicator keeps some).
   */
  private int blockIndent(int headerLine, String value) {
    String firstValueLine =
        value.lines().filter(l -> !l.isBlank()).findFirst().orElse(null);
    if (firstValueLine == null) {
      return 0;
    }
    List<String> lines = lines();
    for (int i = headerLine; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (!raw.isBlank()) {
        return Math.max(0, leadingSpaces(raw) - leadingSpaces(firstValueLine));
      }
    }
    return 0;
  }

  private static int leadingSpaces(String s) {
    int n = 0;
    while (n < s.length() && s.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
