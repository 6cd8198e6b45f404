package dev.gofix.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedDiffTest {

  /** One row of the table: a file's path and its text before and after. */
  record Case(String name, String path, String before, String after) {
    String diff() {
      return UnifiedDiff.of(path, before, after);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The lines "from" to "to", each the line's number and a newline. */
  private static String numbered(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      text.append(i).append('\n');
    }
    return text.toString();
  }

  /** Every case; git diff must print the same hunks, and git apply and patch must accept them. */
  static Stream<Case> cases() {
    String ten = numbered(1, 10);
    String twenty = numbered(1, 20);
    return Stream.of(
        new Case("one-line file", "x.go", "a\n", "b\n"),
        new Case("single-line change", "x.go", ten, ten.replace("5\n", "five\n")),
        new Case("insertion at start", "x.go", ten, "0\n" + ten),
        new Case("insertion in middle", "x.go", ten, numbered(1, 5) + "5.5\n" + numbered(6, 10)),
        new Case("insertion at end", "x.go", ten, ten + "11\n"),
        new Case("deletion at start", "x.go", ten, numbered(2, 10)),
        new Case("deletion in middle", "x.go", ten, numbered(1, 4) + numbered(6, 10)),
        new Case("deletion at end", "x.go", ten, numbered(1, 9)),
        new Case("two changes 7 lines apart: two hunks", "x.go", twenty,
            twenty.replace("\n3\n", "\nthree\n").replace("\n11\n", "\neleven\n")),
        new Case("two changes 6 lines apart: one hunk", "x.go", twenty,
            twenty.replace("\n3\n", "\nthree\n").replace("\n10\n", "\nten\n")),
        new Case("three changes, first two merged", "x.go", numbered(1, 30),
            numbered(1, 30).replace("\n2\n", "\ntwo\n").replace("\n6\n", "\nsix\n")
                .replace("\n25\n", "\n25a\n25b\n")),
        new Case("whole file replaced", "x.go", "a\nb\nc\n", "x\ny\n"),
        new Case("blank lines in context", "x.go", "a\n\nb\n\nc\n", "a\n\nB\n\nc\n"),
        new Case("CRLF file", "x.go", "a\r\nb\r\nc\r\nd\r\n", "a\r\nB\r\nc\r\nd\r\n"),
        new Case("CRLF file without final newline", "x.go", "a\r\nb\r\nc", "a\r\nb\r\nC"),
        new Case("one line from LF to CRLF", "x.go", "a\nb\nc\n", "a\nb\r\nc\n"),
        new Case("carriage return inside a line", "x.go", "a\rb\nc\n", "a\rB\nc\n"),
        new Case("no final newline, last line changed", "x.go", "a\nb\nc", "a\nb\nC"),
        new Case("no final newline, last line as context", "x.go", "1\n2\n3\n4\n5",
            "1\n2\nthree\n4\n5"),
        new Case("no final newline, change far from the end", "x.go", ten + "11",
            ten.replace("2\n", "two\n") + "11"),
        new Case("final newline added", "x.go", "a\nb\nc", "a\nb\nc\n"),
        new Case("final newline removed", "x.go", "a\nb\nc\n", "a\nb\nc"),
        new Case("only line without newline changed", "x.go", "a", "b"),
        new Case("line appended after a last line without newline", "x.go", "a\nb", "a\nb\nc"),
        new Case("non-ASCII and emoji", "x.go",
            "s := \"héllo\"\n// 日本語のコメント\nw := \"👋🏽\"\nz := 1\n",
            "s := \"héllo\"\n// 日本語のコメント\nw := \"🌍🚀\"\nz := 1\n"),
        new Case("empty old file", "x.go", "", "package x\n\nfunc f() {}\n"),
        new Case("file becomes empty", "x.go", "package x\n\nfunc f() {}\n", ""),
        new Case("nested path", "internal/text/x.go", ten, ten.replace("7\n", "seven\n")),
        new Case("path with a space", "testdata/with space.go", "a\nb\n", "a\nB\n"),
        new Case("Go source, renamed in two functions", "pkg/api.go",
            """
            package pkg

            func Open(name string) error {
            \treturn open(name, 0)
            }

            // Close closes name.
            func Close(name string) error {
            \treturn closeIt(name)
            }

            func helper() {}
            """,
            """
            package pkg

            func Open(name string) error {
            \treturn openFile(name, 0)
            }

            // Close closes name.
            func Close(name string) error {
            \treturn closeFile(name)
            }

            func helper() {}
            """));
  }

  /** Cases whose whole diff is spelled out, to read what the format looks like. */
  static Stream<Arguments> exactTexts() {
    return Stream.of(
        Arguments.of("a\nb\nc\n", "a\nB\nc\n", """
            --- a/x.go
            +++ b/x.go
            @@ -1,3 +1,3 @@
             a
            -b
            +B
             c
            """),
        Arguments.of("a\n", "b\n", """
            --- a/x.go
            +++ b/x.go
            @@ -1 +1 @@
            -a
            +b
            """),
        Arguments.of("", "x\ny\nz\n", """
            --- a/x.go
            +++ b/x.go
            @@ -0,0 +1,3 @@
            +x
            +y
            +z
            """),
        Arguments.of("x\ny\n", "", """
            --- a/x.go
            +++ b/x.go
            @@ -1,2 +0,0 @@
            -x
            -y
            """),
        Arguments.of("a\r\nb\r\nc", "a\r\nB\r\nc", """
            --- a/x.go
            +++ b/x.go
            @@ -1,3 +1,3 @@
             a\r
            -b\r
            +B\r
             c
            \\ No newline at end of file
            """),
        Arguments.of("a\nb", "a\nc", """
            --- a/x.go
            +++ b/x.go
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +c
            \\ No newline at end of file
            """),
        Arguments.of("a\nb", "a\nb\n", """
            --- a/x.go
            +++ b/x.go
            @@ -1,2 +1,2 @@
             a
            -b
            \\ No newline at end of file
            +b
            """),
        Arguments.of("a\nb\n", "a\nb", """
            --- a/x.go
            +++ b/x.go
            @@ -1,2 +1,2 @@
             a
            -b
            +b
            \\ No newline at end of file
            """),
        Arguments.of("w := \"👋\"\n", "w := \"🌍é\"\n", """
            --- a/x.go
            +++ b/x.go
            @@ -1 +1 @@
            -w := "👋"
            +w := "🌍é"
            """),
        Arguments.of(numbered(1, 20), numbered(1, 20).replace("\n3\n", "\nC\n")
                .replace("\n11\n", "\nK\n"), """
            --- a/x.go
            +++ b/x.go
            @@ -1,6 +1,6 @@
             1
             2
            -3
            +C
             4
             5
             6
            @@ -8,7 +8,7 @@
             8
             9
             10
            -11
            +K
             12
             13
             14
            """));
  }

  @ParameterizedTest
  @MethodSource("exactTexts")
  void writesTheExpectedText(String before, String after, String expected) {
    assertEquals(expected, UnifiedDiff.of("x.go", before, after));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "a\n", "a\r\nb\r\n", "👋\n"})
  void noChangeIsTheEmptyString(String text) {
    assertEquals("", UnifiedDiff.of("x.go", text, text));
  }

  @Test
  void twoChangesSixLinesApartShareOneHunk() {
    String before = numbered(1, 20);
    String after = before.replace("\n3\n", "\nC\n").replace("\n10\n", "\nJ\n");
    String diff = UnifiedDiff.of("x.go", before, after);
    assertEquals(1, diff.lines().filter(line -> line.startsWith("@@")).count(), diff);
    assertTrue(diff.contains("@@ -1,13 +1,13 @@\n"), diff);
  }

  @Test
  void aPathWithASpaceEndsItsHeadersWithATab() {
    assertEquals("--- a/with space.go\t\n+++ b/with space.go\t\n@@ -1 +1 @@\n-a\n+b\n",
        UnifiedDiff.of("with space.go", "a\n", "b\n"));
  }

  @Test
  void filesAreSortedByPathAndUnchangedOnesLeftOut() {
    List<FileChange> changes = List.of(
        new FileChange("z.go", "z\n", "Z\n"),
        new FileChange("a/same.go", "s\n", "s\n"),
        new FileChange("a/b.go", "b\n", "B\n"),
        new FileChange("a.go", "a\n", "A\n"));
    assertEquals("""
        --- a/a.go
        +++ b/a.go
        @@ -1 +1 @@
        -a
        +A
        --- a/a/b.go
        +++ b/a/b.go
        @@ -1 +1 @@
        -b
        +B
        --- a/z.go
        +++ b/z.go
        @@ -1 +1 @@
        -z
        +Z
        """, UnifiedDiff.of(changes));
    assertEquals("", UnifiedDiff.of(List.of(new FileChange("a.go", "a\n", "a\n"))));
  }

  @Test
  void sameInputGivesTheSameTextWhateverTheOrder() {
    List<FileChange> changes = randomChanges(new Random(7), 30);
    String once = UnifiedDiff.of(changes);
    List<FileChange> reversed = new ArrayList<>(changes);
    Collections.reverse(reversed);
    assertEquals(once, UnifiedDiff.of(reversed));
    assertEquals(once, UnifiedDiff.of(List.copyOf(changes)));
  }

  @Test
  void twoChangesOfOneFileAreRefused() {
    List<FileChange> changes =
        List.of(new FileChange("a.go", "a\n", "b\n"), new FileChange("a.go", "a\n", "c\n"));
    assertThrows(IllegalArgumentException.class, () -> UnifiedDiff.of(changes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/abs.go", "a//b.go", "./a.go", "a/../b.go", "a/", "a\\b.go",
      "a\"b.go", "a\tb.go", "a\nb.go"})
  void pathsThatWouldNeedQuotingAreRefused(String path) {
    assertThrows(IllegalArgumentException.class, () -> new FileChange(path, "a\n", "b\n"));
  }

  @Test
  void aFileChangeIsNamedRelativeToTheRoot(@TempDir Path root) {
    FileChange change = FileChange.of(root, root.resolve("pkg").resolve("x.go"), "a", "b");
    assertEquals("pkg/x.go", change.path());
  }

  // ---- against the real tools ----

  private static final boolean GIT = installed("git");
  private static final boolean PATCH = installed("patch");

  @ParameterizedTest
  @MethodSource("cases")
  void equalsWhatGitDiffPrints(Case c, @TempDir Path dir) throws Exception {
    assumeTrue(GIT, "git not installed");
    Path repo = repoWith(dir, c.path(), c.before());
    write(repo.resolve(c.path()), c.after());
    String git = run(repo, "git", "diff", "-U3", "--no-color", "--no-ext-diff",
        "--diff-algorithm=myers", "--no-indent-heuristic");
    assertEquals(withoutGitExtras(git), c.diff());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void gitApplyMakesTheAfterText(Case c, @TempDir Path dir) throws Exception {
    assumeTrue(GIT, "git not installed");
    Path repo = repoWith(dir, c.path(), c.before());
    Path patch = write(dir.resolve("change.patch"), c.diff());
    run(repo, "git", "apply", "--check", patch.toString());
    run(repo, "git", "apply", patch.toString());
    assertArrayEquals(c.after().getBytes(UTF_8), Files.readAllBytes(repo.resolve(c.path())));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void patchMakesTheAfterText(Case c, @TempDir Path dir) throws Exception {
    assumeTrue(PATCH, "patch not installed");
    Path tree = dir.resolve("tree");
    write(tree.resolve(c.path()), c.before());
    Path patch = write(dir.resolve("change.patch"), c.diff());
    run(tree, "patch", "-p1", "--dry-run", "--batch", "-i", patch.toString());
    run(tree, "patch", "-p1", "--batch", "--no-backup-if-mismatch", "-i", patch.toString());
    assertArrayEquals(c.after().getBytes(UTF_8), Files.readAllBytes(tree.resolve(c.path())));
  }

  /** Random files, many with repeated lines, CRLF or no final newline, as one patch. */
  @Test
  void gitApplyMakesTheAfterTextOfManyRandomFiles(@TempDir Path dir) throws Exception {
    assumeTrue(GIT, "git not installed");
    List<FileChange> changes = randomChanges(new Random(42), 200);
    Path repo = dir.resolve("repo");
    for (FileChange change : changes) {
      write(repo.resolve(change.path()), change.before());
    }
    commit(repo);
    Path patch = write(dir.resolve("change.patch"), UnifiedDiff.of(changes));
    run(repo, "git", "apply", "--check", patch.toString());
    run(repo, "git", "apply", patch.toString());
    for (FileChange change : changes) {
      assertArrayEquals(change.after().getBytes(UTF_8),
          Files.readAllBytes(repo.resolve(change.path())), change.path());
    }
  }

  private static List<FileChange> randomChanges(Random random, int count) {
    List<FileChange> changes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String before = randomText(random);
      String after = random.nextInt(4) == 0 ? before : randomText(random);
      changes.add(new FileChange("dir" + i % 7 + "/f" + i + ".go", before, after));
    }
    return changes;
  }

  private static String randomText(Random random) {
    String[] words = {"a", "b", "c", "", "}", "é", "👋"};
    String newline = random.nextBoolean() ? "\n" : "\r\n";
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(25);
    for (int i = 0; i < lines; i++) {
      text.append(words[random.nextInt(words.length)]).append(newline);
    }
    if (lines > 0 && random.nextInt(3) == 0) {
      text.setLength(text.length() - newline.length());
    }
    return text.toString();
  }

  /** git's output less the lines we leave out: diff --git, index, and function names. */
  private static String withoutGitExtras(String gitDiff) {
    StringBuilder kept = new StringBuilder();
    for (String line : gitDiff.split("(?<=\n)")) {
      if (line.startsWith("diff --git ") || line.startsWith("index ")) {
        continue;
      }
      if (line.startsWith("@@ ")) {
        line = line.substring(0, line.indexOf(" @@", 3) + 3) + "\n";
      }
      kept.append(line);
    }
    return kept.toString();
  }

  private static Path repoWith(Path dir, String path, String text) throws Exception {
    Path repo = dir.resolve("repo");
    write(repo.resolve(path), text);
    commit(repo);
    return repo;
  }

  private static void commit(Path repo) throws Exception {
    run(repo, "git", "-c", "init.defaultBranch=main", "init", "-q");
    run(repo, "git", "add", "-A");
    run(repo, "git", "-c", "user.name=gofix", "-c", "user.email=gofix@example.invalid",
        "commit", "-q", "-m", "before");
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, text.getBytes(UTF_8));
  }

  private static boolean installed(String tool) {
    try {
      return new ProcessBuilder(tool, "--version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs a command in dir with no user or system git config; its output, if it exits with 0. */
  private static String run(Path dir, String... command) throws Exception {
    Path errors = Files.createTempFile("gofix-diff-test", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(errors.toFile()).redirectInput(ProcessBuilder.Redirect.from(
              Path.of("/dev/null").toFile()));
      builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
      builder.environment().put("LC_ALL", "C");
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        throw new AssertionError(String.join(" ", command) + " exited with " + exit + ":\n"
            + out + Files.readString(errors));
      }
      return out;
    } finally {
      Files.delete(errors);
    }
  }
}
