package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.RecipeRunner;
import dev.gofix.recipe.RunOptions;
import dev.gofix.syntax.GoSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * map-sync-map's output builds, passes go vet, runs clean under the race detector and prints what
 * the input printed: stores, deletes, loads (found and missing keys) and every range form.
 */
class MapSyncMapOracleTest {
  private static final String PROGRAM = """
      package main

      import (
      \t"fmt"
      \t"runtime"
      \t"sort"
      \t"sync"
      )

      func main() {
      \t// One processor, so that the unguarded input does not stop with "concurrent map writes".
      \truntime.GOMAXPROCS(1)
      \tsquares := make(map[int]string)
      \tvar wg sync.WaitGroup
      \tfor i := 0; i < 40; i++ {
      \t\twg.Add(1)
      \t\tgo func() {
      \t\t\tdefer wg.Done()
      \t\t\tsquares[i] = fmt.Sprint(i, "sq")
      \t\t\tif i%3 == 0 {
      \t\t\t\tdelete(squares, i)
      \t\t\t}
      \t\t}()
      \t}
      \twg.Wait()
      \tnine, ok := squares[9]
      \tfour, found := squares[4]
      \t_, has := squares[5]
      \tfmt.Printf("%q %v %q %v %v\\n", nine, ok, four, found, has)
      \tvar keys []int
      \tfor k, v := range squares {
      \t\tif v == "" {
      \t\t\tpanic(k)
      \t\t}
      \t\tkeys = append(keys, k)
      \t}
      \tsort.Ints(keys)
      \tfmt.Println(keys)
      \ttotal := 0
      \tfor _, v := range squares {
      \t\ttotal += len(v)
      \t}
      \tcount := 0
      \tfor range squares {
      \t\tcount++
      \t}
      \tsum := 0
      \tfor k := range squares {
      \t\tsum += k
      \t}
      \tfmt.Println(total, count, sum)
      }
      """;

  @Test
  void convertedProgramBuildsVetsRunsRaceFreeAndPrintsTheSame() {
    Optional<GoToolchain> go = GoToolchain.find();
    Assumptions.assumeTrue(go.isPresent(), GoToolchain.absentMessage());
    List<Recipe> recipes = new RecipeLoader().loadDirectory(Path.of("codemods")).recipes().stream()
        .filter(r -> r.id().equals("map-sync-map")).toList();
    assertEquals(1, recipes.size());
    FileResult result = new RecipeRunner(recipes, RunOptions.DEFAULT)
        .run(List.of(new GoSource("main/main.go", PROGRAM))).get(0);
    String fixed = result.after();
    assertTrue(fixed.contains("var squares sync.Map"), fixed);
    assertFalse(fixed.contains("squares["), fixed);
    assertEquals(4, fixed.split("squares.Range\\(", -1).length - 1, fixed);

    Map<String, List<String>> vet = go.get().vet(Map.of("main", fixed), go.get().languageVersion());
    assertEquals(List.of(), vet.get("main"), fixed);

    GoToolchain.Result before = go.get().run(PROGRAM, false);
    assertTrue(before.built(), before.stderr());
    assertEquals(0, before.exitCode(), before.stderr());

    GoToolchain.Result after = go.get().run(fixed, true);
    assertTrue(after.built(), after.stderr());
    assertEquals(0, after.exitCode(), after.stderr());
    assertFalse(after.stderr().contains("DATA RACE"), after.stderr());
    assertEquals(before.stdout(), after.stdout());
    assertTrue(before.stdout().startsWith("\"\" false \"4sq\" true true\n"), before.stdout());
  }
}
