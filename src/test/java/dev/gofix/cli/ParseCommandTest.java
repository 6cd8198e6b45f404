package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code gofix parse} through {@link Main#run}: output, exit codes and the files it walks. */
class ParseCommandTest {
  private static final String VALID = "package p\n\nfunc f() {}\n";
  private static final String INVALID = "package p\n\nvar x = 1 @ 2\n";

  @TempDir Path dir;

  /** What one run printed and returned. */
  private record Run(int code, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String relative, String text) throws IOException {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, byte[] bytes) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.write(path, bytes);
  }

  @Test
  void exitsZeroWithSummaryWhenEveryFileParses() throws IOException {
    write("a.go", VALID);
    write("b.go", VALID);
    Run run = run("parse", dir.toString());
    assertEquals(0, run.code());
    assertEquals(List.of("2 files, 0 with errors"), run.lines());
    assertEquals("", run.err());
  }

  @Test
  void printsEachErrorAsPathLineColumnMessageAndExitsOne() throws IOException {
    Path bad = write("bad.go", INVALID);
    write("good.go", VALID);
    Run run = run("parse", dir.toString());
    assertEquals(1, run.code());
    assertEquals(
        List.of(bad + ":3:11: syntax error: unexpected '@'", "2 files, 1 with errors"),
        run.lines());
  }

  @Test
  void printsErrorsOfSeveralFilesInPathOrder() throws IOException {
    Path b = write("b.go", "package p\n\nfunc (T) M[P any]() {}\n");
    Path a = write("a.go", "package p\n\nfunc f() {\n\tgo (f())\n\tdefer (f())\n}\n");
    Run run = run("parse", dir.toString());
    assertEquals(1, run.code());
    assertEquals(
        List.of(
            a + ":4:5: expression in go must not be parenthesized",
            a + ":5:8: expression in defer must not be parenthesized",
            b + ":3:11: method must have no type parameters",
            "2 files, 2 with errors"),
        run.lines());
  }

  @Test
  void reportsInvalidUtf8AtTheFirstBadByte() throws IOException {
    Path bad = write("bad.go", new byte[] {'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', (byte) 0xff});
    Run run = run("parse", bad.toString());
    assertEquals(1, run.code());
    assertEquals(
        List.of(bad + ":1:9: illegal UTF-8 encoding", "1 files, 1 with errors"), run.lines());
  }

  @Test
  void parsesSingleFileNamedByItsPath() throws IOException {
    Path file = write("one.go", VALID);
    write("other.go", INVALID);
    Run run = run("parse", file.toString());
    assertEquals(0, run.code());
    assertEquals(List.of("1 files, 0 with errors"), run.lines());
  }

  @Test
  void exitsFiveForMissingPath() {
    Path missing = dir.resolve("missing.go");
    Run run = run("parse", missing.toString());
    assertEquals(5, run.code());
    assertEquals("", run.out());
    assertEquals("gofix: " + missing + ": no such file or directory", run.err().strip());
  }

  @Test
  void exitsFiveWhenOnePatternOfSeveralIsMissing() throws IOException {
    write("a.go", VALID);
    Run run = run("parse", dir.toString(), dir.resolve("nowhere").toString() + "/...");
    assertEquals(5, run.code());
    assertTrue(run.err().contains("no such file or directory"), run.err());
  }

  @Test
  void exitsTwoWithoutPattern() {
    Run run = run("parse");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("PATTERN"), run.err());
  }

  @Test
  void exitsTwoForUnknownOption() {
    assertEquals(2, run("parse", "--no-such-option", dir.toString()).code());
  }

  @Test
  void exitsTwoWithoutCommand() {
    // Main.run prints this usage error to System.err instead of the given writer (see below);
    // catch it here so that it does not clutter the test output.
    PrintStream systemErr = System.err;
    ByteArrayOutputStream leaked = new ByteArrayOutputStream();
    System.setErr(new PrintStream(leaked, true, StandardCharsets.UTF_8));
    try {
      Run run = run();
      assertEquals(2, run.code());
      assertTrue((run.err() + leaked.toString(StandardCharsets.UTF_8)).contains("missing command"));
    } finally {
      System.setErr(systemErr);
    }
  }

  @Test
  void printsMissingCommandToTheGivenErrorWriter() {
    Run run = run();
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("missing command"), run.err());
    assertTrue(run.err().contains("Usage: gofix"), run.err());
  }

  /** A module tree with a bad file in every place that {@code dir/...} leaves out. */
  private void writeModuleTree() throws IOException {
    write("go.mod", "module example.com/m\n");
    write("a.go", VALID);
    write("sub/b.go", VALID);
    write("sub/deeper/c.go", VALID);
    write("testdata/bad.go", INVALID);
    write("sub/testdata/bad.go", INVALID);
    write("vendor/example.com/v/bad.go", INVALID);
    write("_x/bad.go", INVALID);
    write(".x/bad.go", INVALID);
    write("sub/_y/bad.go", INVALID);
    write("nested/go.mod", "module example.com/nested\n");
    write("nested/bad.go", INVALID);
    write("_bad.go", INVALID);
    write(".bad.go", INVALID);
    write("notgo.txt", INVALID);
  }

  @Test
  void packagePatternSkipsTestdataVendorUnderscoreDotAndNestedModules() throws IOException {
    writeModuleTree();
    Run run = run("parse", dir + "/...");
    assertEquals(List.of("3 files, 0 with errors"), run.lines());
    assertEquals(0, run.code());
  }

  @Test
  void packagePatternStartingInsideSkippedDirectoryWalksIt() throws IOException {
    writeModuleTree();
    Run run = run("parse", dir.resolve("testdata") + "/...");
    assertEquals(List.of(dir.resolve("testdata/bad.go") + ":3:11: syntax error: unexpected '@'",
        "1 files, 1 with errors"), run.lines());
  }

  @Test
  void directoryPatternWalksEveryGoFileLikeGofmt() throws IOException {
    writeModuleTree();
    Run run = run("parse", dir.toString());
    assertEquals(1, run.code());
    // Everything but .bad.go (a name starting with a dot) and notgo.txt.
    List<String> lines = run.lines();
    assertEquals("11 files, 8 with errors", lines.get(lines.size() - 1));
    for (String bad :
        List.of(
            "testdata/bad.go", "sub/testdata/bad.go", "vendor/example.com/v/bad.go",
            "_x/bad.go", ".x/bad.go", "sub/_y/bad.go", "nested/bad.go", "_bad.go")) {
      assertTrue(
          lines.contains(dir.resolve(bad) + ":3:11: syntax error: unexpected '@'"),
          () -> bad + " missing from " + lines);
    }
  }

  @Test
  void treeOptionPrintsRuleNamesAndTokens() throws IOException {
    Path file = write("a.go", VALID);
    Run run = run("parse", "--tree", file.toString());
    assertEquals(0, run.code());
    List<String> lines = run.lines();
    assertEquals("sourceFile", lines.get(0));
    assertTrue(lines.contains("  packageClause"), run.out());
    assertTrue(lines.contains("    'package'"), run.out());
    assertTrue(lines.contains("    'p'"), run.out());
    assertTrue(lines.contains("  newline"), run.out());
    assertTrue(lines.contains("    functionDecl"), run.out());
    assertTrue(run.out().contains("signature"), run.out());
    assertTrue(run.out().contains("block"), run.out());
  }

  @Test
  void treeOptionPrintsErrorsAfterTheTree() throws IOException {
    Path file = write("a.go", INVALID);
    Run run = run("parse", "--tree", file.toString());
    assertEquals(1, run.code());
    List<String> lines = run.lines();
    assertEquals("sourceFile", lines.get(0));
    assertEquals(file + ":3:11: syntax error: unexpected '@'", lines.get(lines.size() - 1));
  }

  @Test
  void treeOptionNeedsExactlyOneFile() throws IOException {
    write("a.go", VALID);
    write("b.go", VALID);
    Run run = run("parse", "--tree", dir.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("--tree needs exactly one file"), run.err());
  }

  @Test
  void statsOptionReportsFallbacksAfterTheSummary() throws IOException {
    write("a.go", VALID);
    write("b.go", INVALID);
    Run run = run("parse", "--stats", dir.toString());
    assertEquals(1, run.code());
    assertTrue(run.out().contains("2 files, 1 with errors\nparsed "), run.out());
    assertTrue(run.out().contains("full-LL fallbacks: "), run.out());
    assertTrue(run.out().contains("slowest files:"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "package p\n\nfunc f() {\n", "package p\n\nvar x = 08\n"})
  void countsEveryBrokenFileOnce(String text) throws IOException {
    write("a.go", text);
    Run run = run("parse", dir.toString());
    assertEquals(1, run.code());
    assertEquals("1 files, 1 with errors", run.lines().get(run.lines().size() - 1));
  }
}
