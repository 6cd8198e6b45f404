package dev.gofix.recipe;

import dev.gofix.match.Pattern;
import dev.gofix.match.PatternException;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Compiles the pattern strings of a recipe file, passing each one's position in the file to the
 * compiler and turning its errors into recipe errors.
 */
final class PatternReader {
  private final YamlDocument doc;
  private final RecipeLoader.Compiler compiler;

  PatternReader(YamlDocument doc, RecipeLoader.Compiler compiler) {
    this.doc = doc;
    this.compiler = compiler;
  }

  YamlDocument doc() {
    return doc;
  }

  /**
   * The subject of {@code some}, {@code none} and {@code each}: a lone metavariable ({@code $S})
   * stands for every statement of a block; anything else is compiled as a pattern.
   */
  Optional<Pattern> compileScan(ScalarNode node) {
    if (Metavariables.parse(node.getValue().strip()).isEmpty()) {
      return compile(node);
    }
    try {
      return Optional.of(compiler.compileStatement(doc.patternSource(node)));
    } catch (PatternException e) {
      doc.error(e.line(), e.column(), e.reason());
      return Optional.empty();
    }
  }

  /** The compiled pattern, or empty with the error recorded. */
  Optional<Pattern> compile(ScalarNode node) {
    if (node.getScalarStyle() == ScalarStyle.FOLDED) {
      doc.error(node, "write a pattern as a literal block (|), not a folded one (>), which joins its lines");
      return Optional.empty();
    }
    if (node.getValue().isBlank()) {
      doc.error(node, "a pattern must not be empty");
      return Optional.empty();
    }
    try {
      return Optional.of(compiler.compile(doc.patternSource(node)));
    } catch (PatternException e) {
      doc.error(e.line(), e.column(), e.reason());
      return Optional.empty();
    }
  }
}
