package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.RecipeRunner;
import dev.gofix.recipe.RunOptions;
import dev.gofix.syntax.GoSource;
import java.nio.file.Path;
import java.util.List;

/** Runs one recipe of the repository's {@code codemods/} on the text of one Go file. */
final class RecipeOnText {
  private RecipeOnText() {}

  static FileResult run(String recipeId, String fileName, String code) {
    RecipeLoader.Loaded loaded =
        new RecipeLoader().loadFile(Path.of("codemods", recipeId + ".yaml").toAbsolutePath());
    assertEquals(List.of(), loaded.errors());
    return new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource(fileName, code)))
        .get(0);
  }
}
