package dev.gofix.recipe;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.diff.UnifiedDiff;
import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of golden-case checking with fake runners on a temporary tree. */
class GoldenCaseTest {
  private static final String EMPTY_IFACE =
      "package p\n\nfunc F(x interface{}) interface{} {\n\treturn x\n}\n";
  private static final String WITH_ANY = "package p\n\nfunc F(x any) any {\n\treturn x\n}\n";
  private static final String NOTHING_TO_DO = "package p\n\nfunc G() int {\n\treturn 1\n}\n";

  @TempDir Path root;

  /** A runner that replaces {@code interface{}} with {@code any}, one fixed finding per edit. */
  private static final Function<GoSource, FileResult> TO_ANY = edit(t -> t.replace("interface{}", "any"));

  private static Function<GoSource, FileResult> edit(UnaryOperator<String> change) {
    return source -> {
      String after = change.apply(source.text());
      List<Finding> findings = new ArrayList<>();
      if (!after.equals(source.text())) {
        findings.add(finding("edit", true));
      }
      return new FileResult(Path.of(source.path()), source.text(), after, findings, List.of());
    };
  }

  private static Finding finding(String message, boolean fixed) {
    return new Finding("r", "rule", Safety.SAFE, Path.of("x.go"), 1, 1, message, fixed);
  }

  private GoldenCase fixture(String name, String text) throws IOException {
    GoldenCase c = new GoldenCase(root, "r", name);
    Files.createDirectories(c.fixture().getParent());
    Files.writeString(c.fixture(), text, UTF_8);
    return c;
  }

  private GoldenCase golden(GoldenCase c, String text) throws IOException {
    Files.createDirectories(c.golden().getParent());
    Files.writeString(c.golden(), text, UTF_8);
    return c;
  }

  private static String diff(String before, String after) {
    return UnifiedDiff.of("fixtures/r/basic.go", before, after);
  }

  @Test
  void pathsAreRelativeToTheRoot() throws IOException {
    GoldenCase c = fixture("basic", EMPTY_IFACE);
    assertEquals("fixtures/r/basic.go", c.relativePath());
    assertEquals("golden/r/basic.diff", c.goldenRelativePath());
    GoldenResult r = c.check(TO_ANY, false);
    assertTrue(r.actual().startsWith("--- a/fixtures/r/basic.go\n+++ b/fixtures/r/basic.go\n"),
        r.actual());
  }

  @Test
  void matchingGoldensPass() throws IOException {
    GoldenCase changing = golden(fixture("basic", EMPTY_IFACE), diff(EMPTY_IFACE, WITH_ANY));
    GoldenResult r = changing.check(TO_ANY, false);
    assertEquals(GoldenStatus.MATCH, r.status(), r.report());
    assertTrue(r.passed(), r.report());
    assertEquals(WITH_ANY, r.output());

    GoldenResult unchanged = golden(fixture("none", NOTHING_TO_DO), "").check(TO_ANY, false);
    assertEquals(GoldenStatus.MATCH, unchanged.status(), unchanged.report());
    assertTrue(unchanged.passed());
  }

  @Test
  void missingChangeIsMissing() throws IOException {
    GoldenCase c = golden(fixture("basic", EMPTY_IFACE), diff(EMPTY_IFACE, WITH_ANY));
    GoldenResult r = c.check(edit(t -> t), false);
    assertEquals(GoldenStatus.MISSING, r.status());
    assertFalse(r.passed());
    assertTrue(r.report().contains("fixtures/r/basic.go: MISSING"), r.report());
    assertTrue(r.report().contains("+func F(x any) any {"), r.report());
  }

  @Test
  void unwantedChangeIsNoisy() throws IOException {
    GoldenResult r = golden(fixture("basic", EMPTY_IFACE), "").check(TO_ANY, false);
    assertEquals(GoldenStatus.NOISY, r.status());
    assertTrue(r.report().contains("NOISY"), r.report());
    assertTrue(r.report().contains("+func F(x any) any {"), r.report());
  }

  @Test
  void differentChangeIsWrongAndShowsBoth() throws IOException {
    String half = "package p\n\nfunc F(x any) interface{} {\n\treturn x\n}\n";
    GoldenCase c = golden(fixture("basic", EMPTY_IFACE), diff(EMPTY_IFACE, half));
    GoldenResult r = c.check(TO_ANY, false);
    assertEquals(GoldenStatus.WRONG, r.status());
    String report = r.report();
    assertTrue(report.contains("WRONG"), report);
    assertTrue(report.contains("+func F(x any) interface{} {"), report);
    assertTrue(report.contains("+func F(x any) any {"), report);
  }

  @Test
  void goldensCompareByteForByte() throws IOException {
    String crlf = diff(EMPTY_IFACE, WITH_ANY).replace("\n", "\r\n");
    GoldenResult r = golden(fixture("basic", EMPTY_IFACE), crlf).check(TO_ANY, false);
    assertEquals(GoldenStatus.WRONG, r.status());
  }

  @Test
  void absentGoldenIsNoGolden() throws IOException {
    GoldenResult r = fixture("basic", EMPTY_IFACE).check(TO_ANY, false);
    assertEquals(GoldenStatus.NO_GOLDEN, r.status());
    assertNull(r.expected());
    assertTrue(r.report().contains("NO GOLDEN"), r.report());
    assertFalse(r.passed());
  }

  @Test
  void brokenFixtureIsNotRun() throws IOException {
    GoldenCase c = golden(fixture("broken", "package p\n\nfunc F( {\n"), "");
    GoldenResult r = c.check(source -> { throw new AssertionError("must not run"); }, false);
    assertEquals(GoldenStatus.NOT_RUN, r.status());
    assertTrue(r.problems().get(0).startsWith("FIXTURE DOES NOT PARSE"), r.report());
    assertNull(r.output());
  }

  @Test
  void fixtureThatIsNotUtf8IsNotRun() throws IOException {
    GoldenCase c = fixture("latin1", "");
    Files.write(c.fixture(), new byte[] {'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', 'p', '\n', '/', '/', (byte) 0xe9, '\n'});
    GoldenResult r = c.check(TO_ANY, false);
    assertEquals(GoldenStatus.NOT_RUN, r.status());
    assertTrue(r.problems().get(0).startsWith("FIXTURE IS NOT UTF-8"), r.report());
  }

  @Test
  void runnerExceptionsAreReported() throws IOException {
    GoldenCase c = golden(fixture("basic", EMPTY_IFACE), "");
    GoldenResult r = c.check(source -> { throw new UnsupportedOperationException("TODO"); }, false);
    assertEquals(GoldenStatus.NOT_RUN, r.status());
    assertTrue(r.problems().get(0).startsWith("RUN FAILED: java.lang.UnsupportedOperationException: TODO"),
        r.report());
  }

  @Test
  void outputMustParse() throws IOException {
    GoldenCase c = fixture("basic", EMPTY_IFACE);
    GoldenResult r = c.check(edit(t -> t.replace("interface{}", "interface{")), false);
    assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("OUTPUT DOES NOT PARSE")), r.report());
  }

  @Test
  void secondRunMustChangeNothing() throws IOException {
    GoldenCase c = fixture("basic", NOTHING_TO_DO);
    Function<GoSource, FileResult> appends = edit(t -> t + "// again\n");
    String once = NOTHING_TO_DO + "// again\n";
    golden(c, diff(NOTHING_TO_DO, once).replace("fixtures/r/basic.go", "fixtures/r/basic.go"));
    GoldenResult r = c.check(appends, false);
    assertEquals(GoldenStatus.MATCH, r.status(), r.report());
    assertFalse(r.passed());
    assertTrue(r.problems().get(0).startsWith("NOT IDEMPOTENT"), r.report());
    assertTrue(r.problems().get(0).contains("+// again"), r.report());
  }

  @Test
  void secondRunMustFindNothingNew() throws IOException {
    Function<GoSource, FileResult> reportsAny =
        source -> {
          FileResult r = TO_ANY.apply(source);
          List<Finding> findings = new ArrayList<>(r.findings());
          if (source.text().contains("any")) {
            findings.add(finding("any seen", false));
          }
          return new FileResult(r.path(), r.before(), r.after(), findings, List.of());
        };
    GoldenResult r = golden(fixture("basic", EMPTY_IFACE), diff(EMPTY_IFACE, WITH_ANY)).check(reportsAny, false);
    assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("NEW FINDINGS ON A SECOND RUN")), r.report());
    assertTrue(r.report().contains("any seen"), r.report());

    // A report the first run made too, unfixed, is not new.
    GoldenResult same = golden(fixture("already", WITH_ANY), "").check(reportsAny, false);
    assertTrue(same.passed(), same.report());
  }

  @Test
  void newFindingsIgnorePositionsAndCountRepeats() {
    Finding a = finding("a", false);
    Finding moved = new Finding("r", "rule", Safety.SAFE, Path.of("x.go"), 9, 9, "a", false);
    assertEquals(List.of(), GoldenCase.newFindings(List.of(a), List.of(moved)));
    assertEquals(List.of(moved), GoldenCase.newFindings(List.of(a), List.of(a, moved)));
    assertEquals(List.of(a), GoldenCase.newFindings(List.of(finding("a", true)), List.of(a)));
  }

  @Test
  void updateWritesGoldensButNeverFixtures() throws IOException {
    GoldenCase absent = fixture("absent", EMPTY_IFACE);
    GoldenCase wrong = golden(fixture("wrong", EMPTY_IFACE), "stale\n");
    GoldenCase unchanged = fixture("unchanged", NOTHING_TO_DO);
    for (GoldenCase c : List.of(absent, wrong, unchanged)) {
      GoldenResult r = c.check(TO_ANY, true);
      assertEquals(GoldenStatus.UPDATED, r.status(), r.report());
      assertTrue(r.passed() && r.goldenWritten(), r.report());
      assertEquals(r.actual(), Files.readString(c.golden(), UTF_8));
      GoldenResult again = c.check(TO_ANY, false);
      assertEquals(GoldenStatus.MATCH, again.status(), again.report());
    }
    assertEquals(EMPTY_IFACE, Files.readString(absent.fixture(), UTF_8));
    assertEquals("", Files.readString(unchanged.golden(), UTF_8));

    GoldenResult match = wrong.check(TO_ANY, true);
    assertEquals(GoldenStatus.MATCH, match.status());
    assertFalse(match.goldenWritten());
  }

  @Test
  void updateDoesNotPaperOverFailures() throws IOException {
    GoldenCase broken = golden(fixture("broken", "package p\n\nfunc F( {\n"), "old\n");
    GoldenResult r = broken.check(TO_ANY, true);
    assertFalse(r.passed());
    assertEquals("old\n", Files.readString(broken.golden(), UTF_8));

    GoldenCase unparseable = fixture("unparseable", EMPTY_IFACE);
    r = unparseable.check(edit(t -> t.replace("interface{}", "interface{")), true);
    assertFalse(r.passed());
    assertFalse(r.goldenWritten());
    assertFalse(Files.exists(unparseable.golden()));
    assertTrue(r.report().contains("golden not written"), r.report());

    GoldenCase notIdempotent = golden(fixture("twice", NOTHING_TO_DO), "");
    r = notIdempotent.check(edit(t -> t + "// again\n"), true);
    assertEquals(GoldenStatus.NOISY, r.status());
    assertFalse(r.passed());
    assertEquals("", Files.readString(notIdempotent.golden(), UTF_8));
  }

  // --- the suite ------------------------------------------------------------------------------

  @Test
  void noFixturesDirectoryMeansNoCases() {
    assertEquals(List.of(), new GoldenSuite(root).discover());
  }

  @Test
  void discoversRecipeFoldersAndCasesSorted() throws IOException {
    Files.createDirectories(root.resolve("fixtures/b"));
    Files.createDirectories(root.resolve("fixtures/a/sub"));
    Files.createDirectories(root.resolve("codemods"));
    Files.writeString(root.resolve("codemods/a.yaml"), "id: a\n");
    for (String f : List.of("fixtures/a/z.go", "fixtures/a/m.go", "fixtures/a/notes.txt",
        "fixtures/a/.hidden.go", "fixtures/b/only.go", "fixtures/stray.go")) {
      Files.writeString(root.resolve(f), NOTHING_TO_DO);
    }
    GoldenSuite suite = new GoldenSuite(root);
    List<GoldenSuite.RecipeCases> all = suite.discover();
    assertEquals(List.of("a", "b"), all.stream().map(GoldenSuite.RecipeCases::recipe).toList());
    assertEquals(List.of("m", "z"), all.get(0).cases().stream().map(GoldenCase::name).toList());
    assertTrue(all.get(0).hasRecipeFile());
    assertFalse(all.get(1).hasRecipeFile());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> suite.loadRecipe(all.get(1)));
    assertTrue(e.getMessage().contains("codemods/b.yaml does not exist"), e.getMessage());
    assertEquals(List.of("b"), suite.select(all, Optional.of("b")).stream().map(GoldenSuite.RecipeCases::recipe).toList());
    assertThrows(IllegalArgumentException.class, () -> suite.select(all, Optional.of("c")));
  }

  @Test
  void aReportOnlyFolderNeedsNoChangingCaseAndMayHaveNone() throws IOException {
    Files.createDirectories(root.resolve("codemods"));
    Files.writeString(root.resolve("codemods/r.yaml"), """
        id: r
        summary: s
        description: d
        safety: report
        rules:
          - id: x
            match: interface{}
            report: empty interface
        """);
    golden(fixture("positive", EMPTY_IFACE), "");
    golden(fixture("negative", NOTHING_TO_DO), "");
    GoldenSuite suite = new GoldenSuite(root);
    assertEquals(List.of(), suite.folderProblems(suite.discover().get(0)));

    golden(fixture("edited", EMPTY_IFACE), "x");
    List<String> problems = suite.folderProblems(suite.discover().get(0));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("report-only recipe, which never edits, yet has 1 non-empty golden"),
        problems.toString());
  }

  @Test
  void folderProblems() throws IOException {
    GoldenCase changing = golden(fixture("changing", EMPTY_IFACE), "x");
    GoldenSuite suite = new GoldenSuite(root);
    List<String> problems = suite.folderProblems(suite.discover().get(0));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("codemods/r.yaml does not exist"), problems.toString());
    assertTrue(problems.get(1).contains("1 changing and 0 unchanged"), problems.toString());

    Files.createDirectories(root.resolve("codemods"));
    Files.writeString(root.resolve("codemods/r.yaml"), "");
    golden(fixture("unchanged", NOTHING_TO_DO), "");
    Files.writeString(root.resolve("golden/r/gone.diff"), "");
    problems = suite.folderProblems(suite.discover().get(0));
    assertEquals(List.of("golden/r/gone.diff has no fixture fixtures/r/gone.go"), problems);
    assertTrue(Files.exists(changing.golden()));
  }

  @Test
  void updateIsRefusedInCi() {
    assertFalse(GoldenSuite.isCi(Map.of()));
    assertFalse(GoldenSuite.isCi(Map.of("CI", "")));
    assertFalse(GoldenSuite.isCi(Map.of("CI", "false")));
    assertTrue(GoldenSuite.isCi(Map.of("CI", "true")));
    assertTrue(GoldenSuite.isCi(Map.of("CI", "1")));
    GoldenSuite.checkUpdateAllowed(Map.of("CI", "false"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> GoldenSuite.checkUpdateAllowed(Map.of("CI", "true")));
    assertTrue(e.getMessage().contains("refusing to update goldens in CI"), e.getMessage());
  }
}
