package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.syntax.GoSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's pre-filter: files that cannot match are not parsed, and change nothing. */
class RecipeRunnerFilterTest {
  /** Two recipes whose patterns need distinctive words; broad recipes would let every file in. */
  private static final List<Recipe> RECIPES = new RecipeLoader().builtins().recipes().stream()
      .filter(r -> r.id().equals("interface-any") || r.id().equals("waitgroup-add"))
      .toList();
  private final RecipeRunner runner = new RecipeRunner(RECIPES, RunOptions.DEFAULT);

  @Test
  void aFileLackingTheRequiredWordsOfEveryRuleIsSkipped() {
    assertFalse(runner.mayMatch("package p\n\nvar y = 2\n"));
    assertFalse(runner.mayMatch("package p\n\n// an interface value\nvar y any = 2\n"));
    assertTrue(runner.mayMatch("package p\n\nvar y interface{} = 2\n"));
    assertTrue(runner.mayMatch("package p\n\nfunc f() { go func() { wg.Add(1) }() }\n"));
    assertFalse(runner.mayMatch("package p\n\nfunc f() { go func() { wg.Done() }() }\n"), "needs Add");
    // Not parsed, so its syntax error goes unseen: proof that it was skipped.
    String broken = "package p\n\nvar y = 2 @ 3\n";
    FileResult r = runner.run(List.of(new GoSource("b.go", broken))).get(0);
    assertEquals(List.of(), r.errors());
    assertEquals(broken, r.after());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void aFileHavingThemIsMatched() {
    String code = "package p\n\nvar y interface{} = 2\n";
    FileResult r = runner.run(List.of(new GoSource("a.go", code))).get(0);
    assertEquals("package p\n\nvar y any = 2\n", r.after());
    assertEquals(1, r.findings().size());
    String broken = "package p\n\nvar y interface{} = 2 @ 3\n";
    assertFalse(runner.run(List.of(new GoSource("b.go", broken))).get(0).errors().isEmpty());
  }

  @Test
  void aFileThatOnlyRulesOfOtherGoVersionsMayMatchIsSkipped() {
    // interface-any applies from Go 1.18: at 1.17 its pre-filter's answer does not count, and
    // the file is not parsed (its syntax error goes unseen), as if it lacked the words.
    String broken = "package p\n\nvar y interface{} = 2 @ 3\n";
    FileResult old = runner.run(List.of(new GoSource("b.go", "//go:build go1.17\n\n" + broken))).get(0);
    assertEquals(List.of(), old.errors());
    FileResult current = runner.run(List.of(new GoSource("b.go", "//go:build go1.18\n\n" + broken))).get(0);
    assertFalse(current.errors().isEmpty());
    String code = "//go:build go1.17\n\npackage p\n\nvar y interface{} = 2\n";
    assertEquals(code, runner.run(List.of(new GoSource("a.go", code))).get(0).after());
    assertEquals(code.replace("go1.17", "go1.18").replace("interface{}", "any"),
        runner.run(List.of(new GoSource("a.go", code.replace("go1.17", "go1.18")))).get(0).after());
  }

  @Test
  void aSkippedFileStillCountsForThePackagesFacts() {
    String a = "package p\n\nvar x interface{} = 1\n";
    String b = "package p\n\ntype any int\n\nfunc f() int {\n\treturn 1 + 2\n}\n";
    assertFalse(runner.mayMatch(b));
    List<FileResult> rs = runner.run(List.of(new GoSource("a.go", a), new GoSource("b.go", b)));
    assertEquals(a, rs.get(0).after(), "any is the package's own type: no fix");
    assertEquals(b, rs.get(1).after());
    // Without b, the fix applies.
    assertEquals("package p\n\nvar x any = 1\n", runner.run(List.of(new GoSource("a.go", a))).get(0).after());
  }
}
