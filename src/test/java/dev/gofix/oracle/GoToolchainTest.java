package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests of the Go oracle itself; skipped where Go is not installed. */
class GoToolchainTest {
  private static final String CLEAN =
      "package clean\n\nimport \"fmt\"\n\nfunc Hello(name string) {\n\tfmt.Printf(\"hello %s\\n\", name)\n}\n";
  private static final String UNFORMATTED =
      "package ugly\n\nfunc  F( ) int {\nreturn 1\n}\n";
  private static final String VET_FINDING =
      "package printf\n\nimport \"fmt\"\n\nfunc F() {\n\tfmt.Printf(\"%d\\n\", \"not a number\")\n}\n";
  private static final String DOES_NOT_COMPILE =
      "package broken\n\nfunc F() int {\n\treturn undefinedName\n}\n";
  private static final String SYNTAX_ERROR = "package syntax\n\nfunc F() {\n\tx :=\n}\n";
  private static final String MISSING_IMPORT =
      "package missing\n\nimport \"example.com/not/there\"\n\nvar _ = there.X\n";

  private static GoToolchain go;

  @BeforeAll
  static void findGo() {
    go = GoToolchain.find().orElse(null);
    assumeTrue(go != null, GoToolchain.absentMessage());
  }

  @Test
  void findCachesItsAnswer() {
    assertSame(GoToolchain.find().orElseThrow(), GoToolchain.find().orElseThrow());
    assertTrue(go.version().startsWith("go"), go.version());
    assertTrue(go.languageVersion().matches("\\d+\\.\\d+"), go.languageVersion());
  }

  @Test
  void gofmtNamesUnformattedAndUnparseableFilesInOneRun() {
    GoToolchain.GofmtReport report =
        go.gofmt(
            Map.of(
                "a/clean.go", CLEAN,
                "a/ugly.go", UNFORMATTED,
                "b/syntax.go", SYNTAX_ERROR));
    assertEquals(Set.of("a/ugly.go"), report.unformatted());
    assertEquals(Set.of("b/syntax.go"), report.errors().keySet(), report.errors().toString());
    assertTrue(report.errors().get("b/syntax.go").get(0).startsWith("b/syntax.go:5:"),
        report.errors().toString());
    assertEquals(Set.of("a/ugly.go", "b/syntax.go"), report.unclean());
    assertEquals(Set.of("a/ugly.go", "b/syntax.go"),
        go.gofmtUnclean(Map.of("a/clean.go", CLEAN, "a/ugly.go", UNFORMATTED, "b/syntax.go", SYNTAX_ERROR)));
    assertEquals(Set.of(), go.gofmtUnclean(Map.of()));
  }

  @Test
  void vetAttributesEachDiagnosticToItsPackageInOneRun() {
    Map<String, List<String>> vet =
        go.vet(
            Map.of(
                "r/clean", CLEAN,
                "r/printf", VET_FINDING,
                "s/broken", DOES_NOT_COMPILE,
                "s/syntax", SYNTAX_ERROR,
                "unformatted-but-fine", UNFORMATTED),
            "1.21");
    assertEquals(
        Set.of("r/clean", "r/printf", "s/broken", "s/syntax", "unformatted-but-fine"),
        vet.keySet(), vet.toString());
    assertEquals(List.of(), vet.get("r/clean"));
    assertEquals(List.of(), vet.get("unformatted-but-fine"));
    assertEquals(1, vet.get("r/printf").size(), vet.toString());
    assertTrue(vet.get("r/printf").get(0).startsWith("r/printf/printf.go:6:"), vet.toString());
    assertTrue(vet.get("r/printf").get(0).contains("wrong type"), vet.toString());
    assertTrue(vet.get("s/broken").get(0).contains("undefined: undefinedName"), vet.toString());
    assertNotEquals(List.of(), vet.get("s/syntax"));
  }

  @Test
  void aPackageThatDoesNotLoadDoesNotHideTheOthers() {
    Map<String, List<String>> vet =
        go.vet(Map.of("missing", MISSING_IMPORT, "printf", VET_FINDING, "clean", CLEAN), "1.22");
    assertTrue(vet.get("missing").get(0).contains("example.com/not/there"), vet.toString());
    assertEquals(1, vet.get("printf").size(), vet.toString());
    assertEquals(List.of(), vet.get("clean"));
    assertTrue(!vet.containsKey("") || vet.get("").isEmpty(), vet.toString());
  }

  @Test
  void vetRejectsDirectoriesThatDotDotDotSkips() {
    assertThrows(IllegalArgumentException.class, () -> go.vet(Map.of("_hidden", CLEAN), "1.22"));
    assertThrows(IllegalArgumentException.class, () -> go.vet(Map.of("a/testdata", CLEAN), "1.22"));
    assertThrows(IllegalArgumentException.class, () -> go.vet(Map.of("a", CLEAN), "latest"));
  }

  @Test
  void buildAndRun() {
    assertTrue(go.build(Map.of("ok", CLEAN), "1.22").ok());
    GoToolchain.Result broken = go.build(Map.of("ok", CLEAN, "broken", DOES_NOT_COMPILE), "1.22");
    assertNotEquals(0, broken.exitCode());
    assertTrue(broken.stderr().contains("undefinedName"), broken.stderr());

    GoToolchain.Result run =
        go.run(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n"
                + "\tfmt.Println(\"out\")\n\tfmt.Fprintln(os.Stderr, \"err\")\n\tos.Exit(3)\n}\n",
            false);
    assertTrue(run.built(), run.stderr());
    assertEquals(3, run.exitCode(), run.stderr());
    assertEquals("out\n", run.stdout());
    assertTrue(run.stderr().contains("err"), run.stderr());

    GoToolchain.Result notBuilt = go.run(DOES_NOT_COMPILE, false);
    assertTrue(!notBuilt.built() && !notBuilt.ok(), notBuilt.toString());
  }

  @Test
  void runWithRaceReportsDataRaces() {
    String racy =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 0\n\tdone := make(chan bool)\n"
            + "\tgo func() {\n\t\tn++\n\t\tdone <- true\n\t}()\n\tn++\n\t<-done\n\tfmt.Println(n)\n}\n";
    GoToolchain.Result plain = go.run(racy, false);
    assertTrue(plain.ok(), plain.stderr());
    GoToolchain.Result raced = go.run(racy, true);
    // The race detector needs cgo and a C compiler; where the build fails for that, skip.
    assumeTrue(raced.built(), () -> "go build -race is not available here: " + raced.stderr());
    assertNotEquals(0, raced.exitCode(), raced.stderr());
    assertTrue(raced.stderr().contains("WARNING: DATA RACE"), raced.stderr());
  }
}
