package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.recipe.FileResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * loopvar-copy against go vet's loopclosure check in a go 1.21 module: vet flags the input and is
 * silent on the output.
 */
class LoopvarCopyOracleTest {
  private static final String CODE = String.join("\n",
      "//go:build go1.21",
      "",
      "package workers",
      "",
      "import (",
      "\t\"fmt\"",
      "\t\"sync\"",
      ")",
      "",
      "func Range(names []string) {",
      "\tvar wg sync.WaitGroup",
      "\tfor i, name := range names {",
      "\t\twg.Add(1)",
      "\t\tgo func() {",
      "\t\t\tdefer wg.Done()",
      "\t\t\tfmt.Println(i, name)",
      "\t\t}()",
      "\t}",
      "\twg.Wait()",
      "}",
      "",
      "func Clause(n int, out chan<- int) {",
      "\tfor i := 0; i < n; i++ {",
      "\t\tgo func() { out <- i }()",
      "\t}",
      "}",
      "",
      "func Deferred(fs []func()) {",
      "\tfor _, f := range fs {",
      "\t\tdefer func() { f() }()",
      "\t}",
      "}",
      "");

  @Test
  void vetIsSilentOnTheOutput() {
    GoToolchain go = GoToolchain.find().orElse(null);
    assumeTrue(go != null, GoToolchain.absentMessage());
    Map<String, List<String>> before = go.vet(Map.of("workers", CODE), "1.21");
    assertTrue(before.get("workers").stream().anyMatch(d -> d.contains("loop variable")),
        () -> "vet should flag the input: " + before);

    FileResult r = RecipeOnText.run("loopvar-copy", "workers.go", CODE);
    assertTrue(r.changed());
    Map<String, List<String>> after = go.vet(Map.of("workers", r.after()), "1.21");
    assertEquals(List.of(), after.get("workers"), r.after());
  }
}
