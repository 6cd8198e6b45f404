package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apply --commit} on a real git repository, {@code --pr-body}, and {@code --verify} with go. */
class CommitAndVerifyTest {
  @TempDir Path dir;
  FakeEnvironment env;

  @BeforeEach
  void setUp() {
    env = new FakeEnvironment(dir);
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), String.join(" ", args) + ": " + out);
    return out;
  }

  private void repository() throws Exception {
    git("init", "-q", "-b", "main");
    Files.writeString(dir.resolve("a.go"), "package p\n\nvar x interface{}\n");
    Files.writeString(dir.resolve("b.go"), "package p\n\nvar y interface{}\n");
    Files.writeString(dir.resolve("c.go"), "package p\n\nvar z = 1\n");
    Files.writeString(dir.resolve("notes.txt"), "one\n");
    git("add", ".");
    git("commit", "-q", "-m", "start");
  }

  @Test
  void commitMakesABranchWithOneCommitOfTheChangedFilesOnly() throws Exception {
    repository();
    Files.writeString(dir.resolve("c.go"), "package p\n\nvar z = 2\n"); // the user's unstaged change
    Files.writeString(dir.resolve("notes.txt"), "two\n");
    git("add", "notes.txt"); // the user's staged change
    CliRun run = CliRun.of(env, "apply", "--recipe", "interface-any", "--commit", "./...");
    assertEquals(0, run.code(), run::toString);

    assertEquals("gofix/interface-any", git("rev-parse", "--abbrev-ref", "HEAD").strip());
    assertEquals("1", git("rev-list", "--count", "main..HEAD").strip());
    assertEquals(List.of("a.go", "b.go"), git("show", "--name-only", "--format=", "HEAD").lines().toList());
    String message = git("log", "-1", "--format=%B");
    assertTrue(message.contains("gofix apply --recipe interface-any --commit ./..."), message);
    assertTrue(message.contains("- interface-any (safe): interface{} becomes any."), message);
    // The user's own changes are still there, staged and unstaged as they were.
    assertEquals(List.of(" M c.go", "M  notes.txt"), git("status", "--porcelain").lines().sorted().toList());
  }

  @Test
  void commitRefusesAnExistingBranchAndWritesNothing() throws Exception {
    repository();
    git("branch", "gofix/interface-any");
    CliRun run = CliRun.of(env, "apply", "--commit", ".");
    assertEquals(2, run.code(), run::toString);
    assertTrue(run.err().contains("branch gofix/interface-any already exists"), run::toString);
    assertEquals("package p\n\nvar x interface{}\n", Files.readString(dir.resolve("a.go")));
  }

  @Test
  void commitOutsideAGitRepositoryIsAUsageError() throws IOException {
    Path a = Files.writeString(dir.resolve("a.go"), "package p\n\nvar x interface{}\n");
    CliRun run = CliRun.of(env, "apply", "--commit", ".");
    if (run.code() == 0) {
      return; // the temporary directory is itself inside some git work tree
    }
    assertEquals(2, run.code(), run::toString);
    assertEquals("package p\n\nvar x interface{}\n", Files.readString(a));
  }

  @Test
  void prBodyHasTheSummaryTableAndEachRecipesDescription() throws IOException {
    Files.writeString(dir.resolve("a.go"), "package p\n\n// TODO\nvar x interface{}\nvar y interface{}\n");
    Files.writeString(dir.resolve("b.go"), "package p\n\nvar z interface{}\n");
    CliRun run = CliRun.of(env, "apply", "--recipe", "all", "--recipe", "todo-report", "--pr-body", "body.md", ".");
    assertEquals(0, run.code(), run::toString);
    String body = Files.readString(dir.resolve("body.md"));
    assertTrue(body.startsWith("Changes made by `gofix apply --recipe all --recipe todo-report --pr-body body.md .`.\n\n"), body);
    assertTrue(body.contains("| recipe | safety | files | fixes | report-only findings |\n"), body);
    assertTrue(body.contains("| `interface-any` | safe | 2 | 3 | 0 |\n"), body);
    assertTrue(body.contains("| `todo-report` | report | 0 | 0 | 1 |\n"), body);
    assertTrue(body.contains("## interface-any (safe)\n\ninterface{} becomes any.\n\nThe description of interface-any.\n"), body);
    assertTrue(body.contains("- `a.go:3:4` [todo-report] found TODO\n"), body);
  }

  @Test
  void verifyDropsTheFixesOfAPackageThatNoLongerBuilds() throws IOException {
    assumeTrue(env.go.isPresent(), "go is not on the PATH");
    Files.writeString(dir.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
    Path broken = Files.createDirectories(dir.resolve("broken"));
    Path fine = Files.createDirectories(dir.resolve("fine"));
    String brokenText = "package broken\n\nvar V interface{}\n\nfunc F() {\n\t// BREAK\n}\n";
    String fineText = "package fine\n\nvar V interface{}\n";
    Files.writeString(broken.resolve("b.go"), brokenText);
    Files.writeString(fine.resolve("f.go"), fineText);
    CliRun run = CliRun.of(env, "apply", "--verify", "--recipe", "interface-any", "--recipe", "break-build", "./...");
    assertEquals(0, run.code(), run::toString);
    assertEquals(brokenText, Files.readString(broken.resolve("b.go")));
    assertEquals("package fine\n\nvar V any\n", Files.readString(fine.resolve("f.go")));
    // The findings whose fixes were dropped are printed as not fixed.
    assertEquals(3, run.errLines().size(), run::toString);
    String dropped = run.errLines().get(0);
    assertTrue(dropped.startsWith("broken/b.go: [verify] fixes dropped: "), dropped);
    assertTrue(dropped.contains("./b.go:6:2: undefined: undefinedThing"), dropped);
    assertEquals(
        List.of(
            "broken/b.go:3:7: [interface-any] use the fix of interface-any",
            "broken/b.go:6:2: [break-build] use the fix of break-build"),
        run.errLines().subList(1, 3));
  }

  @Test
  void verifyKeepsChangesThatBuild() throws IOException {
    assumeTrue(env.go.isPresent(), "go is not on the PATH");
    Files.writeString(dir.resolve("go.mod"), "module example.com/m\n\ngo 1.21\n");
    Files.writeString(dir.resolve("a.go"), "package m\n\nvar V interface{}\n");
    Files.writeString(dir.resolve("a_test.go"), "package m\n\nimport \"testing\"\n\nfunc TestV(t *testing.T) { var _ interface{} = V }\n");
    CliRun run = CliRun.of(env, "apply", "--verify", ".");
    assertEquals(0, run.code(), run::toString);
    assertEquals("", run.err());
    assertEquals("package m\n\nvar V any\n", Files.readString(dir.resolve("a.go")));
  }

  @Test
  void verifyWithoutGoWarnsOnceAndWrites() throws IOException {
    env.go = Optional.empty();
    Files.writeString(dir.resolve("a.go"), "package m\n\nvar V interface{}\n");
    Files.writeString(dir.resolve("b.go"), "package m\n\nvar W interface{}\n");
    CliRun run = CliRun.of(env, "apply", "--verify", ".");
    assertEquals(0, run.code(), run::toString);
    assertEquals(1, run.errLines().size(), run::toString);
    assertTrue(run.err().contains("warning: --verify: go is not on the PATH"));
    assertEquals("package m\n\nvar V any\n", Files.readString(dir.resolve("a.go")));
  }
}
