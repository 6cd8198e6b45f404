package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.RecipeRunner;
import dev.gofix.recipe.RunOptions;
import dev.gofix.syntax.GoSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** map-mutex's output runs clean under the race detector and prints what the input printed. */
class MapMutexOracleTest {
  private static final String PROGRAM = """
      package main

      import (
      \t"fmt"
      \t"sync"
      )

      func main() {
      \tcounts := make(map[int]int)
      \tvar wg sync.WaitGroup
      \tfor i := 0; i < 50; i++ {
      \t\twg.Add(1)
      \t\tgo func() {
      \t\t\tdefer wg.Done()
      \t\t\tcounts[i%5]++
      \t\t}()
      \t}
      \twg.Wait()
      \tfmt.Println(len(counts), counts[0], counts[4])
      }
      """;

  @Test
  void guardedProgramRunsCleanUnderRace() {
    Optional<GoToolchain> go = GoToolchain.find();
    Assumptions.assumeTrue(go.isPresent(), GoToolchain.absentMessage());
    List<Recipe> recipes = new RecipeLoader().loadDirectory(Path.of("codemods")).recipes().stream()
        .filter(r -> r.id().equals("map-mutex")).toList();
    assertEquals(1, recipes.size());
    FileResult result = new RecipeRunner(recipes, RunOptions.DEFAULT)
        .run(List.of(new GoSource("main/main.go", PROGRAM))).get(0);
    String fixed = result.after();
    assertNotEquals(PROGRAM, fixed);
    assertTrue(fixed.contains("countsMu.Lock()"), fixed);

    GoToolchain.Result before = go.get().run(PROGRAM, true);
    assertTrue(before.built(), before.stderr());
    assertTrue(before.stderr().contains("DATA RACE"), "the input should race: " + before.stderr());

    GoToolchain.Result after = go.get().run(fixed, true);
    assertTrue(after.built(), after.stderr());
    assertEquals(0, after.exitCode(), after.stderr());
    assertTrue(!after.stderr().contains("DATA RACE"), after.stderr());
    assertEquals("5 10 10\n", after.stdout());
  }
}
