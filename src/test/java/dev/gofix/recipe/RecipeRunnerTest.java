package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeRunnerTest {
  @TempDir Path dir;

  /** A recipe with one rule replacing {@code match} by {@code with}. */
  private Recipe replace(String id, String match, String with, String... extra) throws IOException {
    String yaml = "id: " + id + "\nsummary: s\ndescription: d\nsafety: safe\n" + String.join("", extra)
        + "rules:\n  - id: r\n    match: \"" + match + "\"\n    fix:\n      - replace: match\n        with: \"" + with + "\"\n";
    Path file = dir.resolve(id + ".yaml");
    Files.writeString(file, yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    return loaded.recipes().get(0);
  }

  private static FileResult run(List<Recipe> recipes, String code) {
    return run(recipes, code, RunOptions.DEFAULT);
  }

  private static FileResult run(List<Recipe> recipes, String code, RunOptions options) {
    return new RecipeRunner(recipes, options).run(List.of(new GoSource("x.go", code))).get(0);
  }

  private static String findings(FileResult r) {
    return r.findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.recipe() + " " + f.message() + (f.fixed() ? " (fixed)" : ""))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void recipesRunTogetherToAFixedPoint() throws IOException {
    FileResult r = run(List.of(replace("a", "f($X)", "g($X)"), replace("b", "g($X)", "h($X)")),
        "package p\n\nvar x = f(1)\n");
    assertEquals("package p\n\nvar x = h(1)\n", r.after());
    assertEquals("3:9 a s (fixed)\n3:9 b s (fixed)", findings(r));
  }

  @Test
  void aFixOutsideFunctionBodiesMatchesTheOtherFilesAgain() throws IOException {
    // b.go is matched first, when buf is an array: no match. a.go's fix makes buf a slice, which
    // changes the package's declarations, so the next pass matches b.go again, and fixes it. (A
    // file that did not change is matched again only then.)
    Path file = dir.resolve("b.yaml");
    Files.writeString(file, "id: b\nsummary: s\ndescription: d\nsafety: safe\nrules:\n  - id: r\n"
        + "    match: \"use($X)\"\n    where:\n      - metavariable: $X\n        kind: slice\n"
        + "    fix:\n      - replace: match\n        with: \"useSlice($X)\"\n");
    RecipeLoader.Loaded b = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), b.errors());
    List<Recipe> recipes = List.of(replace("a", "[3]int{}", "[]int{}"), b.recipes().get(0));
    List<FileResult> results = new RecipeRunner(recipes, RunOptions.DEFAULT).run(List.of(
        new GoSource("b.go", "package p\n\nfunc f() { use(buf) }\n"),
        new GoSource("a.go", "package p\n\nvar buf = [3]int{}\n")));
    assertEquals("package p\n\nvar buf = []int{}\n", results.get(1).after());
    assertEquals("package p\n\nfunc f() { useSlice(buf) }\n", results.get(0).after());
  }

  @Test
  void recipesThatUndoEachOtherStopWithAFinding() throws IOException {
    // f(1) -> g(1) -> f(1): the second pass brings back the original text, the first one seen.
    FileResult r = run(List.of(replace("a", "f($X)", "g($X)"), replace("b", "g($X)", "f($X)")),
        "package p\n\nvar x = f(1)\n");
    assertTrue(findings(r).endsWith("1:1 gofix the recipes undo each other's fixes; stopped before a fixed point"),
        findings(r));
    assertEquals("package p\n\nvar x = g(1)\n", r.after(), "stopped at the pass that brought back f(1)");
    // And a file that goes back to a text of a later pass: f -> g -> h -> g.
    FileResult later = run(
        List.of(replace("a", "f($X)", "g($X)"), replace("b", "g($X)", "h($X)"), replace("c", "h($X)", "g($X)")),
        "package p\n\nvar x = f(1)\n");
    assertTrue(findings(later).contains("stopped before a fixed point"), findings(later));
  }

  @Test
  void anOverlappingFixIsRetriedOnTheResult() throws IOException {
    FileResult r = run(List.of(replace("a", "f($X)", "g($X)"), replace("b", "$A + 1", "$A + 2")),
        "package p\n\nvar x = f(a + 1)\n");
    assertEquals("package p\n\nvar x = g(a + 2)\n", r.after());
  }

  @Test
  void aFixWhoseOutputDoesNotParseIsDroppedAndReported() throws IOException {
    FileResult r = run(List.of(replace("a", "f($X)", "f($X"), replace("b", "k()", "j()")),
        "package p\n\nvar x = f(1)\nvar y = k()\n");
    assertEquals("package p\n\nvar x = f(1)\nvar y = j()\n", r.after());
    assertTrue(findings(r).contains("3:9 a fix dropped: its output does not parse"), findings(r));
  }

  @Test
  void recipesThatUndoEachOtherStop() throws IOException {
    FileResult r = run(List.of(replace("a", "f()", "g()"), replace("b", "g()", "f()")),
        "package p\n\nvar x = f()\n");
    assertTrue(findings(r).contains("the recipes undo each other's fixes"), findings(r));
  }

  @Test
  void ignoreCommentsSilenceTheirRecipesOnTheirLineAndTheNext() throws IOException {
    List<Recipe> recipes = List.of(replace("a", "f()", "g()"));
    String code = "package p\n\n//gofix:ignore a,b kept for the API\nvar x = f()\nvar y = f() //gofix:ignore a\n"
        + "var z = f() //gofix:ignore other\n";
    assertEquals("package p\n\n//gofix:ignore a,b kept for the API\nvar x = f()\nvar y = f() //gofix:ignore a\n"
        + "var z = g() //gofix:ignore other\n", run(recipes, code).after());
  }

  @Test
  void generatedFilesAreSkippedUnlessAsked() throws IOException {
    List<Recipe> recipes = List.of(replace("a", "f()", "g()"));
    String code = "// Code generated by stringer; DO NOT EDIT.\n\npackage p\n\nvar x = f()\n";
    assertFalse(run(recipes, code).changed());
    assertTrue(run(recipes, code, new RunOptions(Optional.empty(), true)).changed());
  }

  @Test
  void recipesApplyOnlyWithinTheirGoVersions() throws IOException {
    List<Recipe> recipes = List.of(replace("a", "f()", "g()", "go: \">=1.21\"\n"));
    assertFalse(run(recipes, "//go:build go1.20\n\npackage p\n\nvar x = f()\n").changed());
    assertTrue(run(recipes, "//go:build go1.21\n\npackage p\n\nvar x = f()\n").changed());
    assertFalse(run(recipes, "package p\n\nvar x = f()\n",
        new RunOptions(Optional.of(new GoVersion(1, 19)), false)).changed());
  }

  @Test
  void theNearestGoModGivesTheVersion() throws IOException {
    Files.writeString(dir.resolve("go.mod"), "module m\n\ngo 1.20\n");
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    List<Recipe> recipes = List.of(replace("a", "f()", "g()", "go: \">=1.21\"\n"));
    FileResult r = new RecipeRunner(recipes, RunOptions.DEFAULT)
        .run(List.of(new GoSource(sub.resolve("x.go").toString(), "package p\n\nvar x = f()\n"))).get(0);
    assertFalse(r.changed());
  }

  /** A recipe read from the lines of its YAML. */
  private Recipe recipe(String id, String... lines) throws IOException {
    Path file = dir.resolve(id + ".yaml");
    Files.writeString(file, "id: " + id + "\nsummary: s\ndescription: d\nsafety: safe\n" + String.join("\n", lines) + "\n");
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    return loaded.recipes().get(0);
  }

  /** A comment that makes a file long enough to be parsed without some bodies. */
  private static final String LONG = "\n// " + "x".repeat(RecipeRunner.WHOLE_BELOW) + "\n";

  @Test
  void aFileParsedWithoutTheBodiesNoRuleCanMatchInIsFixedInItsOriginalText() throws IOException {
    // one() and three() have no f: they are blanked, and the match finds f(2) in two(); the edit
    // goes into the original text, and is reported where the whole file has it.
    String code = "package p\n\nfunc one() {\n\t// é, ü: not in the blanked text\n\th(1)\n}\n\n"
        + "func two() { h(\"é\"); f(2) }\n\nfunc three() {\n\th(3)\n}\n" + LONG;
    FileResult r = run(List.of(replace("a", "f($X)", "g($X)")), code);
    assertEquals(code.replace("f(2)", "g(2)"), r.after());
    assertEquals("8:23 a s (fixed)", findings(r), "byte columns: é is two bytes");
    // A file with nothing to fix comes out as it went in, bodies and all (the comment outside
    // the bodies lets it through the pre-filter, and every body is blanked).
    String nothing = code.replace("f(2)", "k(2)").replace("package p\n", "package p\n\n// f(2) was here\n");
    FileResult none = run(List.of(replace("a", "f($X)", "g($X)")), nothing);
    assertFalse(none.changed());
    assertEquals(nothing, none.after());
  }

  @Test
  void aFixInAFileWithoutSomeBodiesSeesTheImportsTheyUse() throws IOException {
    // one() has no ToUpper: blanked. The fix in two() is made on the file without one's body;
    // strings stays imported while one() uses it, and goes when nothing else does.
    List<Recipe> recipes = List.of(replace("a", "strings.ToUpper($X)", "upper($X)"));
    String code = "package p\n\nimport \"strings\"\n\nfunc one() {\n\t_ = strings.ToLower(\"a\")\n}\n\n"
        + "func two() string { return strings.ToUpper(\"b\") }\n" + LONG;
    assertEquals(code.replace("strings.ToUpper(\"b\")", "upper(\"b\")"), run(recipes, code).after());
    String alone = code.replace("strings.ToLower(\"a\")", "lower(\"a\")");
    assertEquals(alone.replace("import \"strings\"\n\n", "").replace("strings.ToUpper(\"b\")", "upper(\"b\")"),
        run(recipes, alone).after());
  }

  @Test
  void aFileWithoutSomeBodiesIsMatchedWholeForAFixOutsideFunctionsOrAnErrorInABlankedBody() throws IOException {
    List<Recipe> recipes = List.of(replace("a", "f($X)", "g($X)"));
    // A match outside functions: its fresh name must not be one that only the whole file shows
    // in use (tmp, in the blanked one()).
    Recipe fresh = recipe("fr", "rules:", "  - id: r", "    match: \"f($X)\"", "    fix:",
        "      - fresh-name: $N", "        name: tmp", "      - replace: match", "        with: \"g($X, $N)\"");
    String top = "package p\n\nvar x = f(1)\n\nfunc one() {\n\ttmp := 1\n\th(tmp)\n}\n" + LONG;
    assertEquals(top.replace("f(1)", "g(1, tmp2)"), run(List.of(fresh), top).after());
    // An error in a blanked body: the file is left alone with it, as when parsed whole.
    String broken = "package p\n\nfunc one() {\n\tgo (h())\n}\n\nfunc two() { f(2) }\n" + LONG;
    FileResult r = run(recipes, broken);
    assertEquals(broken, r.after());
    assertEquals("", findings(r));
    assertEquals(1, r.errors().size(), r.errors().toString());
    assertTrue(r.errors().get(0).toString().startsWith("x.go:4:5: "), r.errors().toString());
  }

  @Test
  void aPredicateThatReadsTheWholeFileSeesTheBodiesNoRuleMatchesIn() throws IOException {
    // assigned-after reads the whole file: v is assigned in b(), which has no use(...) and would
    // be blanked. Negated, the rule matches use(v) in the file without b's body, so the whole
    // file is matched again, where it does not; w is not declared, so never assigned.
    String code = "package p\n\nvar v int\n\nfunc a() {\n\tuse(v)\n\tuse(w)\n}\n\nfunc b() {\n\tv = 2\n}\n" + LONG;
    Recipe not = recipe("n", "rules:", "  - id: r", "    match: \"use($X)\"", "    where:",
        "      - not-predicate: assigned-after($X, match)", "    fix:", "      - replace: match", "        with: \"use2($X)\"");
    assertEquals(code.replace("use(w)", "use2(w)"), run(List.of(not), code).after());
    // Not negated, the rule needs b's body to match: the file is parsed whole from the start.
    Recipe is = recipe("i", "rules:", "  - id: r", "    match: \"use($X)\"", "    where:",
        "      - predicate: assigned-after($X, match)", "    fix:", "      - replace: match", "        with: \"use2($X)\"");
    assertEquals(code.replace("use(v)", "use2(v)"), run(List.of(is), code).after());
  }

  @Test
  void aRuleThatOnlyReportsIsReportedFromTheFileWithoutSomeBodies() throws IOException {
    // one() has no f: blanked, with its é, on the line of the match in two(). The report is the
    // one the whole file gives, byte column and all (é is two bytes; blanked, it would be one).
    Recipe report = recipe("rep", "rules:", "  - id: r", "    match: \"f($X)\"", "    report: \"f of $X\"");
    String code = "package p\n\nfunc one() { h(\"é\") }; func two() { f(2) }\n\nfunc three() {\n\tf(3)\n}\n";
    String expected = "3:38 rep f of 2\n6:2 rep f of 3";
    assertEquals(expected, findings(run(List.of(report), code)), "parsed whole: under 4 KB");
    FileResult blanked = run(List.of(report), code + LONG);
    assertEquals(expected, findings(blanked));
    assertEquals(code + LONG, blanked.after());
    // A predicate that reads the whole file, negated: use(v) matches in the file without b's body,
    // not in the whole file, where b assigns v; so the whole file decides.
    Recipe notAssigned = recipe("na", "rules:", "  - id: r", "    match: \"use($X)\"", "    where:",
        "      - not-predicate: assigned-after($X, match)", "    report: \"$X is not assigned after\"");
    String uses = "package p\n\nvar v int\n\nfunc a() {\n\tuse(v)\n\tuse(w)\n}\n\nfunc b() {\n\tv = 2\n}\n" + LONG;
    assertEquals("7:2 na w is not assigned after", findings(run(List.of(notAssigned), uses)));
  }

  @Test
  void aFileWithSyntaxErrorsIsLeftAloneWithItsErrors() throws IOException {
    // The file mentions f(), so the pre-filter lets it through to the parser.
    FileResult r = run(List.of(replace("a", "f()", "g()")), "package p\n\nvar x = f()\nvar y = (\n");
    assertFalse(r.changed());
    assertEquals(1, r.errors().size());
    assertTrue(r.errors().get(0).toString().startsWith("x.go:5:1: "), r.errors().toString());
  }

  @Test
  void everyMatchIsFixedAtAnyDepthWithoutOverlap() throws IOException {
    FileResult r = run(List.of(replace("a", "f($X)", "g($X)")), "package p\n\nvar x = f(f(1)) + f(2)\n");
    // The outer match is fixed first; the inner one on the next pass.
    assertEquals("package p\n\nvar x = g(g(1)) + g(2)\n", r.after());
    List<String> lines = new ArrayList<>(List.of(findings(r).split("\n")));
    assertEquals(3, lines.size(), findings(r));
  }

  @Test
  void anImportTheFixMadeUnusedIsRemovedAndOnlyThen() throws IOException {
    List<Recipe> recipes = List.of(replace("a", "strings.ToUpper($X)", "upper($X)"));
    assertEquals("package p\n\nimport (\n\t\"fmt\"\n)\n\nvar x = fmt.Sprint(upper(\"a\"))\n",
        run(recipes, "package p\n\nimport (\n\t\"fmt\"\n\t\"strings\" // for ToUpper\n)\n\n"
            + "var x = fmt.Sprint(strings.ToUpper(\"a\"))\n").after());
    assertEquals("package p\n\nvar x = upper(\"a\")\n",
        run(recipes, "package p\n\nimport \"strings\"\n\nvar x = strings.ToUpper(\"a\")\n").after());
    // Still used elsewhere: kept.
    assertEquals("package p\n\nimport \"strings\"\n\nvar x = upper(\"a\") + strings.ToLower(\"B\")\n",
        run(recipes, "package p\n\nimport \"strings\"\n\nvar x = strings.ToUpper(\"a\") + strings.ToLower(\"B\")\n").after());
  }
}
