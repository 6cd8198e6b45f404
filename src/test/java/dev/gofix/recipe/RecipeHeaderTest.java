package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.match.PatternCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passed-over built-in recipe is read only as far as its id and safety: the header, parsed from
 * the start of the file, must say what reading the whole recipe says.
 */
class RecipeHeaderTest {

  private static RecipeReader reader(String file, String text) {
    PatternCompiler c = new PatternCompiler();
    RecipeLoader.Compiler compiler = new RecipeLoader.Compiler() {
      @Override
      public dev.gofix.match.Pattern compile(dev.gofix.match.PatternSource source) throws dev.gofix.match.PatternException {
        return c.compile(source);
      }

      @Override
      public dev.gofix.match.Pattern compileStatement(dev.gofix.match.PatternSource source)
          throws dev.gofix.match.PatternException {
        return c.compileStatement(source);
      }
    };
    return new RecipeReader(new YamlDocument(file, text), compiler, Path.of(file));
  }

  @Test
  void everyBuiltInHeaderIsWhatTheWholeRecipeSays() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("codemods"))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 13, files::toString);
    for (Path file : files) {
      String text = Files.readString(file);
      Optional<RecipeReader.Header> header = reader(file.toString(), text).header();
      Recipe recipe = reader(file.toString(), text).read().orElseThrow();
      assertEquals(Optional.of(new RecipeReader.Header(recipe.id(), recipe.safety())), header, file::toString);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", value = {
      // YAML text (\\n for line ends) ~ the header, or none
      "id: a\\nsafety: safe\\n ~ a safe",
      "id: a\\nsummary: s\\ndescription: |\\n  text\\n  safety: review\\nrules:\\n  - id: x\\n    safety: review\\nsafety: report\\n ~ a report",
      "go: [1, 2]\\nx: {safety: review}\\nid: 'b'\\nsafety: \"review\"\\n ~ b review",
      "id: a\\nsafety: nope\\n ~ none",
      "id: [a]\\nsafety: safe\\n ~ none",
      "safety: safe\\n ~ none",
      "id: a\\n: [\\n ~ none",
      "- id: a\\n- safety: safe\\n ~ none",
      "- id\\n- a\\n- safety\\n- safe\\n ~ none",
      "base: &s safe\\nid: c\\nsafety: *s\\n ~ none",
  })
  void theHeaderIsReadFromTheTopLevelMappingOnly(String yaml, String expected) {
    Optional<RecipeReader.Header> header = reader("r.yaml", yaml.replace("\\n", "\n")).header();
    assertEquals(expected, header.map(h -> h.id() + " " + h.safety().name().toLowerCase()).orElse("none"));
  }
}
