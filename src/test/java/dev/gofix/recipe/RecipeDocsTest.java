package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gofix.match.Predicates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The recipe documentation and the shipped recipes agree with the loader: every YAML example of
 * {@code docs/recipes.md} and every file of {@code codemods/} loads without errors, and the JSON
 * Schema names the keys the loader accepts.
 */
class RecipeDocsTest {
  private static final Path DOCS = Path.of("docs", "recipes.md");
  private static final Path SCHEMA = Path.of("docs", "recipe.schema.json");
  private static final java.util.regex.Pattern YAML_BLOCK =
      java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL);

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyDocumentationExampleLoads() throws IOException {
    String markdown = Files.readString(DOCS);
    List<String> examples = new ArrayList<>();
    Matcher m = YAML_BLOCK.matcher(markdown);
    while (m.find()) {
      examples.add(m.group(1));
    }
    assertTrue(examples.size() >= 15, "examples found: " + examples.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      String example = examples.get(i);
      String title = "example " + (i + 1) + ": " + example.lines()
          .filter(l -> l.contains("id:")).findFirst().orElse("?").strip();
      tests.add(dynamicTest(title, () -> assertLoads(example)));
    }
    return tests.stream();
  }

  /** A whole recipe (with a top-level id) or a rule list item wrapped in a recipe head. */
  private void assertLoads(String example) throws IOException {
    Matcher id = java.util.regex.Pattern.compile("(?m)^id: (\\S+)$").matcher(example);
    String name;
    String yaml;
    if (id.find()) {
      name = id.group(1);
      yaml = example;
    } else {
      assertTrue(example.startsWith("- id:"), "an example is a recipe or a rule:\n" + example);
      name = "example";
      yaml = "id: example\nsummary: s\ndescription: d\nsafety: safe\nrules:\n"
          + example.indent(2);
    }
    Path file = Files.writeString(dir.resolve(name + ".yaml"), yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors().stream().map(RecipeError::toString).toList(), yaml);
    assertEquals(1, loaded.recipes().size());
  }

  @Test
  void everyShippedRecipeLoads() {
    Path codemods = Path.of("codemods");
    if (!Files.isDirectory(codemods)) {
      return;
    }
    RecipeLoader.Loaded loaded = new RecipeLoader().loadDirectory(codemods);
    assertEquals(List.of(), loaded.errors().stream().map(RecipeError::toString).toList());
  }

  @Test
  @SuppressWarnings("unchecked")
  void schemaNamesTheKeysTheLoaderAccepts() throws IOException {
    Map<String, Object> schema = (Map<String, Object>)
        new Load(LoadSettings.builder().build()).loadFromString(Files.readString(SCHEMA));
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema"));
    assertEquals(RecipeReader.KEYS, List.copyOf(((Map<String, Object>) schema.get("properties")).keySet()));
    assertEquals(
        List.of("id", "summary", "description", "safety", "rules"), schema.get("required"));

    Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
    Map<String, Object> rule = (Map<String, Object>) defs.get("rule");
    assertEquals(RuleReader.KEYS, List.copyOf(((Map<String, Object>) rule.get("properties")).keySet()));

    Set<String> actions = new LinkedHashSet<>();
    for (Object item : (List<Object>) ((Map<String, Object>) defs.get("fix")).get("oneOf")) {
      Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) item).get("properties");
      List<String> keys = List.copyOf(properties.keySet());
      actions.add(keys.get(0));
      assertEquals(FixReader.ACTIONS.get(keys.get(0)), keys.subList(1, keys.size()));
    }
    assertEquals(FixReader.ACTIONS.keySet(), actions);

    List<Object> where = (List<Object>) ((Map<String, Object>) defs.get("where")).get("oneOf");
    Map<String, Object> onVariable = (Map<String, Object>) ((Map<String, Object>) where.get(0)).get("properties");
    List<String> conditions = new ArrayList<>(onVariable.keySet());
    assertEquals("metavariable", conditions.remove(0));
    assertEquals(ConstraintReader.METAVARIABLE_CONDITIONS, conditions);
    assertEquals(ConstraintReader.KINDS, ((Map<String, Object>) onVariable.get("kind")).get("enum"));
    List<String> single = new ArrayList<>();
    for (Object item : where.subList(1, where.size())) {
      List<String> keys = List.copyOf(((Map<String, Object>) ((Map<String, Object>) item).get("properties")).keySet());
      single.add(keys.get(0));
      if (keys.size() > 1) {
        assertEquals(ConstraintReader.SCAN_KEYS, keys.subList(1, keys.size()));
      }
    }
    assertEquals(ConstraintReader.ITEM_KEYS, single);

    String predicate = (String) ((Map<String, Object>) defs.get("predicate")).get("pattern");
    for (String name : Predicates.ARITY.keySet()) {
      assertTrue(predicate.contains(name), "schema lacks predicate " + name);
    }
  }
}
