package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A recipe written in a test as YAML rules, loaded as the loader loads a file, and run on Go code. */
final class InlineRecipe {
  private final Recipe recipe;

  private InlineRecipe(Recipe recipe) {
    this.recipe = recipe;
  }

  /** Loads a recipe named {@code t} with safety {@code review} and the given rule list (YAML, not indented). */
  static InlineRecipe of(Path dir, String rules) throws IOException {
    String yaml = "id: t\nsummary: s\ndescription: d\nsafety: review\nrules:\n" + rules.indent(2);
    Path file = Files.writeString(dir.resolve("t.yaml"), yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors().stream().map(RecipeError::toString).toList(), yaml);
    return new InlineRecipe(loaded.recipes().get(0));
  }

  /** The result of running the recipe on one file of package code. */
  FileResult run(String code) {
    return new RecipeRunner(List.of(recipe), RunOptions.DEFAULT).run(List.of(new GoSource("x.go", code))).get(0);
  }

  /** The messages of the findings, in order. */
  List<String> messages(String code) {
    return run(code).findings().stream().map(Finding::message).toList();
  }

  /** Whether running on the code reports anything. */
  boolean reports(String code) {
    return !run(code).findings().isEmpty();
  }
}
