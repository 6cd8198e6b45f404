package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gofix apply}, {@code diff} and {@code check} through the test seam of {@link Main}. */
class ApplyCommandTest {
  static final String EMPTY_IFACE = "package p\n\nvar x interface{} = 1\n";
  static final String ANY = "package p\n\nvar x any = 1\n";
  static final String PLAIN = "package p\n\nvar y = 2\n";
  static final String BROKEN = "package p\n\nvar x interface{} = 1 @ 2\n";

  @TempDir Path dir;
  FakeEnvironment env;

  @BeforeEach
  void setUp() {
    env = new FakeEnvironment(dir);
  }

  Path write(String relative, String text) throws IOException {
    Path path = dir.resolve(relative);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  CliRun run(String... args) {
    return CliRun.of(env, args);
  }

  @Test
  void applyRewritesFilesInPlaceQuietly() throws IOException {
    Path a = write("a.go", EMPTY_IFACE);
    Path b = write("b.go", PLAIN);
    CliRun run = run("apply", "./...");
    assertEquals(0, run.code(), run::toString);
    assertEquals("", run.out());
    assertEquals("", run.err());
    assertEquals(ANY, Files.readString(a));
    assertEquals(PLAIN, Files.readString(b));
  }

  @Test
  void dryRunPrintsTheDiffAndChangesNothing() throws IOException {
    Path a = write("pkg/a.go", EMPTY_IFACE);
    CliRun run = run("apply", "--dry-run", "./...");
    assertEquals(0, run.code(), run::toString);
    assertEquals(
        "--- a/pkg/a.go\n+++ b/pkg/a.go\n@@ -1,3 +1,3 @@\n package p\n \n-var x interface{} = 1\n+var x any = 1\n",
        run.out());
    assertEquals(EMPTY_IFACE, Files.readString(a));
  }

  @Test
  void dryRunDiffIsAcceptedByGitApply() throws Exception {
    write("a.go", EMPTY_IFACE);
    write("sub/b.go", "package sub\n\nfunc f(v interface{}) interface{} {\n\treturn v\n}\n");
    write("sub/c.go", "package sub\n\nvar y interface{}");
    CliRun run = run("diff", "./...");
    assertEquals(0, run.code(), run::toString);
    Path patch = Files.writeString(dir.resolve("change.patch"), run.out());
    Process git =
        new ProcessBuilder("git", "apply", "--check", "-v", patch.toString())
            .directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes());
    assertEquals(0, git.waitFor(), output);
    new ProcessBuilder("git", "apply", patch.toString()).directory(dir.toFile()).start().waitFor();
    assertEquals("package sub\n\nvar y any", Files.readString(dir.resolve("sub/c.go")));
  }

  @Test
  void diffExitCodeIsOneWhenThereIsAChangeAndZeroOtherwise() throws IOException {
    write("a.go", EMPTY_IFACE);
    assertEquals(1, run("diff", "--exit-code", ".").code());
    assertEquals(0, run("diff", ".").code());
    Files.writeString(dir.resolve("a.go"), ANY);
    CliRun clean = run("diff", "--exit-code", ".");
    assertEquals(0, clean.code(), clean::toString);
    assertEquals("", clean.out());
  }

  @Test
  void checkPrintsEveryFindingAndExitsOne() throws IOException {
    Path b = write("b.go", "package p\n\n// TODO: x\nvar x interface{}\n");
    write("a.go", EMPTY_IFACE);
    CliRun run = run("check", "--recipe", "all", "--recipe", "todo-report", "./...");
    assertEquals(1, run.code(), run::toString);
    assertEquals(
        List.of(
            "a.go:3:7: [interface-any] use the fix of interface-any",
            "b.go:3:4: [todo-report] found TODO",
            "b.go:4:7: [interface-any] use the fix of interface-any"),
        run.outLines());
    assertEquals("", run.err());
    assertEquals("package p\n\n// TODO: x\nvar x interface{}\n", Files.readString(b));
  }

  @Test
  void checkExitsZeroWithoutFindings() throws IOException {
    write("a.go", PLAIN);
    CliRun run = run("check", ".");
    assertEquals(0, run.code(), run::toString);
    assertEquals("", run.out() + run.err());
  }

  @Test
  void applyPrintsReportOnlyFindingsOnStderrAndNotTheFixedOnes() throws IOException {
    write("a.go", "package p\n\n// TODO: x\nvar x interface{}\n");
    CliRun run = run("apply", "--recipe", "all", "--recipe", "todo-report", ".");
    assertEquals(0, run.code(), run::toString);
    assertEquals("", run.out());
    assertEquals(List.of("a.go:3:4: [todo-report] found TODO"), run.errLines());
  }

  @Test
  void reportRecipesRunOnlyWhenNamed() throws IOException {
    write("a.go", "package p\n\n// TODO: x\nvar x int\n");
    assertEquals(0, run("check", ".").code());
    assertEquals(List.of("a.go:3:4: [todo-report] found TODO"), run("check", "--recipe", "todo-report", ".").outLines());
  }

  @Test
  void reviewRecipesRunOnlyWhenNamed() throws IOException {
    Path a = write("a.go", "package p\n\nfunc f() {\n\t// BREAK\n}\n");
    run("apply", "--recipe", "all", ".");
    assertEquals("package p\n\nfunc f() {\n\t// BREAK\n}\n", Files.readString(a));
    CliRun named = run("apply", "--recipe", "break-build", ".");
    assertEquals(0, named.code(), named::toString);
    assertEquals("package p\n\nfunc f() {\n\tundefinedThing()\n}\n", Files.readString(a));
  }

  @Test
  void namedRecipesAreTheOnlyOnesRun() throws IOException {
    write("a.go", "package p\n\n// TODO: x\nvar x interface{}\n");
    CliRun run = run("check", "--recipe", "todo-report", ".");
    assertEquals(List.of("a.go:3:4: [todo-report] found TODO"), run.outLines());
  }

  @Test
  void unknownRecipeIsAUsageError() throws IOException {
    Path a = write("a.go", EMPTY_IFACE);
    CliRun run = run("apply", "--recipe", "nope", ".");
    assertEquals(2, run.code(), run::toString);
    assertTrue(run.err().contains("unknown recipe: nope"), run::toString);
    assertEquals(EMPTY_IFACE, Files.readString(a));
  }

  @Test
  void unknownOptionAndMissingPatternAreUsageErrors() {
    assertEquals(2, run("apply", "--nope", ".").code());
    assertEquals(2, run("apply").code());
    assertEquals(2, run("apply", "--go", "one", ".").code());
    assertEquals(2, run("apply", "--format", "xml", ".").code());
    assertEquals(2, run("apply", "--dry-run", "--commit", ".").code());
  }

  @Test
  void aPatternThatNamesNothingIsAnIoErrorBeforeAnyChange() throws IOException {
    Path a = write("a.go", EMPTY_IFACE);
    CliRun run = run("apply", "a.go", "missing/...");
    assertEquals(5, run.code(), run::toString);
    assertEquals(List.of("gofix: missing/...: no such file or directory"), run.errLines());
    assertEquals(EMPTY_IFACE, Files.readString(a));
  }

  @Test
  void badUserRecipeExitsThreeBeforeAnyFileIsTouched() throws IOException {
    Path a = write("a.go", EMPTY_IFACE);
    write("recipes/good.yaml", "replace: var => const\n");
    Path bad = write("recipes/bad.yaml", "match: x\nerror: unknown key \"fixx\"\n");
    CliRun run = run("apply", "--recipes", "recipes", "./...");
    assertEquals(3, run.code(), run::toString);
    assertEquals(List.of(bad + ":2:3: unknown key \"fixx\""), run.errLines());
    assertEquals(EMPTY_IFACE, Files.readString(a));
    assertTrue(env.packages.isEmpty());
  }

  @Test
  void onlyTheSelectedBuiltinsAreReadInFull() throws IOException {
    write("a.go", EMPTY_IFACE);
    assertEquals(1, run("check", ".").code());
    assertEquals(0, run("check", "--recipe", "todo-report", ".").code());
    assertEquals(1, run("check", "--recipe", "all", "--recipe", "break-build", ".").code());
    assertEquals(
        List.of(List.of("interface-any"), List.of("todo-report"), List.of("break-build", "interface-any")),
        env.builtinsRead);
  }

  @Test
  void userRecipeWithTheIdOfABuiltinNotSelectedIsAnErrorToo() throws IOException {
    write("a.go", EMPTY_IFACE);
    Path clash = write("recipes/todo-report.yaml", "replace: var => const\n");
    CliRun run = run("check", "--recipes", "recipes", "--recipe", "interface-any", ".");
    assertEquals(3, run.code(), run::toString);
    assertEquals(
        List.of(clash + ":1:1: recipe id \"todo-report\" is already defined by codemods/todo-report.yaml"),
        run.errLines());
  }

  @Test
  void userRecipeWithTheIdOfABuiltinIsAnError() throws IOException {
    write("a.go", EMPTY_IFACE);
    Path clash = write("recipes/interface-any.yaml", "replace: var => const\n");
    CliRun run = run("check", "--recipes", "recipes", ".");
    assertEquals(3, run.code(), run::toString);
    assertEquals(
        List.of(clash + ":1:1: recipe id \"interface-any\" is already defined by codemods/interface-any.yaml"),
        run.errLines());
  }

  @Test
  void userRecipesSitBesideTheBuiltins() throws IOException {
    Path a = write("a.go", EMPTY_IFACE);
    write("recipes/var-const.yaml", "replace: var x => const x\n");
    CliRun run = run("apply", "--recipes", "recipes", "--recipe", "all", ".");
    assertEquals(0, run.code(), run::toString);
    assertEquals("package p\n\nconst x any = 1\n", Files.readString(a));
  }

  @Test
  void recipesOfTheGofixDirectoryAtTheModuleRootAreFound() throws IOException {
    write("go.mod", "module example.com/m\n\ngo 1.22\n");
    Path a = write("pkg/a.go", PLAIN);
    write(".gofix/var-const.yaml", "replace: var y => const y\n");
    CliRun run = run("apply", "--recipe", "var-const", "pkg/...");
    assertEquals(0, run.code(), run::toString);
    assertEquals("package p\n\nconst y = 2\n", Files.readString(a));
  }

  @Test
  void aFileWithSyntaxErrorsIsReportedAndLeftAloneWhileTheOthersAreFixed() throws IOException {
    Path bad = write("bad.go", BROKEN);
    Path good = write("good.go", EMPTY_IFACE);
    CliRun run = run("apply", ".");
    assertEquals(4, run.code(), run::toString);
    assertEquals(List.of("bad.go:3:23: syntax error: unexpected '@'"), run.errLines());
    assertEquals(BROKEN, Files.readString(bad));
    assertEquals(ANY, Files.readString(good));
  }

  @Test
  void syntaxErrorsOutrankChangesAndFindings() throws IOException {
    write("bad.go", BROKEN);
    write("good.go", EMPTY_IFACE);
    assertEquals(4, run("diff", "--exit-code", ".").code());
    assertEquals(4, run("check", ".").code());
  }

  @Test
  void aFileThatIsNotUtf8IsASyntaxError() throws IOException {
    Path bad = dir.resolve("latin1.go");
    Files.write(bad, new byte[] {'p', 'a', 'c', 'k', 'a', 'g', 'e', ' ', 'p', '\n', '/', '/', (byte) 0xe9, '\n'});
    CliRun run = run("apply", ".");
    assertEquals(4, run.code(), run::toString);
    assertEquals(List.of("latin1.go:2:3: illegal UTF-8 encoding"), run.errLines());
  }

  @Test
  void generatedFilesAreSkippedUnlessIncluded() throws IOException {
    String generated = "// Code generated by stringer; DO NOT EDIT.\n\n" + EMPTY_IFACE;
    Path gen = write("gen.go", generated);
    Path after = write("after.go", "package p\n\n// Code generated by hand; DO NOT EDIT.\nvar z interface{}\n");
    CliRun run = run("apply", ".");
    assertEquals(0, run.code(), run::toString);
    assertEquals(generated, Files.readString(gen));
    assertEquals("package p\n\n// Code generated by hand; DO NOT EDIT.\nvar z any\n", Files.readString(after));
    run("apply", "--include-generated", ".");
    assertEquals("// Code generated by stringer; DO NOT EDIT.\n\npackage p\n\nvar x any = 1\n", Files.readString(gen));
  }

  @Test
  void packageDotsFollowGoListRules() throws IOException {
    write("a.go", EMPTY_IFACE);
    write("a_test.go", "package p\n\nvar t interface{}\n");
    write("sub/b.go", "package sub\n\nvar b interface{}\n");
    for (String skipped : List.of("testdata", "vendor", ".hidden", "_under", "nested")) {
      write(skipped + "/x.go", "package x\n\nvar x interface{}\n");
    }
    write("nested/go.mod", "module example.com/nested\n");
    write("_skip.go", "package p\n\nvar s interface{}\n");
    CliRun run = run("check", "./...");
    assertEquals(
        List.of(
            "a.go:3:7: [interface-any] use the fix of interface-any",
            "a_test.go:3:7: [interface-any] use the fix of interface-any",
            "sub/b.go:3:7: [interface-any] use the fix of interface-any"),
        run.outLines());
  }

  @Test
  void symbolicLinksAreNotFollowedOutOfTheRoot() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path target = Files.writeString(outside.resolve("o.go"), EMPTY_IFACE);
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.writeString(root.resolve("a.go"), EMPTY_IFACE);
    Files.createSymbolicLink(root.resolve("linked"), outside);
    Files.createSymbolicLink(root.resolve("l.go"), target);
    CliRun run = run("apply", "root/...");
    assertEquals(0, run.code(), run::toString);
    assertEquals(ANY, Files.readString(root.resolve("a.go")));
    assertEquals(EMPTY_IFACE, Files.readString(target));
    assertTrue(Files.isSymbolicLink(root.resolve("l.go")));
  }

  @Test
  void filesAreGroupedIntoPackagesByDirectoryAndPackageClause() throws IOException {
    write("a.go", PLAIN);
    write("b.go", PLAIN);
    write("a_test.go", PLAIN);
    write("x_test.go", "package p_test\n");
    write("sub/c.go", "package sub\n");
    run("check", "./...");
    List<List<String>> packages = env.packages.stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
    assertEquals(List.of(List.of("a.go", "a_test.go", "b.go"), List.of("sub/c.go"), List.of("x_test.go")), packages);
  }

  @Test
  void packageClausesAfterLongHeadersOrAByteOrderMarkGroupAlike() throws IOException {
    // The header is read from the first bytes of a file first: a clause beyond them, or cut by
    // them, is found all the same.
    write("a.go", "// " + "x".repeat(CodemodRun.HEAD_BYTES) + "\npackage p\n");
    write("b.go", "/*\n" + "license text\n".repeat(CodemodRun.HEAD_BYTES / 13) + "*/\n\npackage p\n");
    write("c.go", "\uFEFFpackage p\n");
    // The first bytes end in "package p" and in "package " here.
    write("d.go", "\n".repeat(CodemodRun.HEAD_BYTES - "package p".length()) + "package pq\n\nvar x = 1\n");
    write("e.go", "\n".repeat(CodemodRun.HEAD_BYTES - "package ".length()) + "package pq\n\nvar y = 1\n");
    write("f.go", "// Code generated by hand. DO NOT EDIT.\n\n" + "\n".repeat(CodemodRun.HEAD_BYTES) + "package p\n");
    run("check", ".");
    assertEquals(List.of(List.of("a.go", "b.go", "c.go"), List.of("d.go", "e.go")),
        env.packages.stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList());
  }

  @Test
  void aFileLongerThanItsHeaderIsReadWhole() throws IOException {
    // A file is read in two steps: its first bytes for the header, then the rest. Edits on both
    // sides of the seam, and one across it, must land on the file's own bytes.
    String pad = "// " + "x".repeat(CodemodRun.HEAD_BYTES / 2) + "\n";
    String line = "var y interface{} = 2\n";
    // The seam falls between "var y in" and "terface{}".
    String across = "\n".repeat(CodemodRun.HEAD_BYTES - 8 - EMPTY_IFACE.length() - pad.length()) + line;
    String before = EMPTY_IFACE + pad + across + pad + "var z interface{} = 3\n";
    assertEquals("var y in", before.substring(CodemodRun.HEAD_BYTES - 8, CodemodRun.HEAD_BYTES));
    Path a = write("a.go", before);
    run("apply", ".");
    assertEquals(before.replace("interface{}", "any"), Files.readString(a));
  }

  @Test
  void writesKeepTheFilesModeAndLeaveNoTemporaryFile() throws IOException {
    Path a = write("a.go", EMPTY_IFACE);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rwxr-x---"));
    run("apply", ".");
    assertEquals(ANY, Files.readString(a));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(a), files.toList());
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsAnIoErrorAndTheOthersAreWritten() throws IOException {
    Path locked = write("locked/a.go", EMPTY_IFACE);
    Path open = write("open/b.go", EMPTY_IFACE);
    Files.setPosixFilePermissions(locked.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (Files.isWritable(locked.getParent())) {
        return; // running as root: directory permissions do not stop writes
      }
      CliRun run = run("apply", "./...");
      assertEquals(5, run.code(), run::toString);
      assertEquals(EMPTY_IFACE, Files.readString(locked));
      assertEquals(ANY, Files.readString(open));
    } finally {
      Files.setPosixFilePermissions(locked.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void pathsOutsideTheWorkingDirectoryAreRelativeToTheirCommonDirectory() throws IOException {
    Path a = write("p/a.go", EMPTY_IFACE);
    FakeEnvironment elsewhere = new FakeEnvironment(Files.createDirectories(dir.resolve("elsewhere")));
    CliRun run = CliRun.of(elsewhere, "diff", a.toString());
    assertTrue(run.out().startsWith("--- a/a.go\n+++ b/a.go\n"), run::toString);
  }

  @Test
  void outputIsSortedByPathWhateverThePackageOrder() throws IOException {
    for (int i = 0; i < 30; i++) {
      write("d" + (char) ('a' + i % 26) + i + "/f.go", "package d\n\n// TODO\n");
    }
    CliRun run = run("check", "--recipe", "all", "--recipe", "todo-report", "./...");
    List<String> lines = run.outLines();
    assertEquals(30, lines.size());
    assertEquals(lines.stream().sorted().toList(), lines);
  }

  @Test
  void progressIsNotShownWhenNotInteractive() throws IOException {
    for (int i = 0; i < 201; i++) {
      write("f" + i + ".go", PLAIN);
    }
    CliRun run = run("apply", ".");
    assertEquals("", run.err());
    assertFalse(run.out().contains("files"));
  }

  @Test
  void progressIsShownOnStderrWhenInteractiveAndTheRunIsLarge() throws IOException {
    for (int i = 0; i < 201; i++) {
      write("f" + i + ".go", PLAIN);
    }
    FakeEnvironment terminal =
        new FakeEnvironment(dir) {
          @Override
          public boolean interactive() {
            return true;
          }
        };
    CliRun run = CliRun.of(terminal, "apply", ".");
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.err().contains("\rgofix: 201/201 files"), run::toString);
    assertEquals("", run.out());
    Files.delete(dir.resolve("f200.go"));
    assertEquals("", CliRun.of(terminal, "apply", ".").err());
  }

  @Test
  void aMissingPatternOutranksSyntaxErrors() throws IOException {
    write("bad.go", BROKEN);
    assertEquals(5, run("apply", ".", "nothing.go").code());
  }
}
