package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code gofix list}, {@code gofix describe}, {@code --help} and {@code --version}. */
class ListDescribeCommandTest {
  @TempDir Path dir;
  FakeEnvironment env;

  @BeforeEach
  void setUp() {
    env = new FakeEnvironment(dir);
  }

  @Test
  void listPrintsAnAlignedTableSortedById() throws IOException {
    Files.createDirectories(dir.resolve("recipes"));
    Files.writeString(dir.resolve("recipes/a-long-user-recipe.yaml"), "safety: review\n");
    CliRun run = CliRun.of(env, "list", "--recipes", "recipes");
    assertEquals(0, run.code(), run::toString);
    assertEquals(
        List.of(
            "ID                  SAFETY  GO      SUMMARY",
            "a-long-user-recipe  review  any     User recipe a-long-user-recipe.",
            "break-build         review  any     Breaks the build (for tests).",
            "interface-any       safe    >=1.18  interface{} becomes any.",
            "todo-report         report  any     Reports TODO comments."),
        run.outLines());
  }

  @Test
  void listWithABadRecipeExitsThree() throws IOException {
    Files.createDirectories(dir.resolve(".gofix"));
    Files.writeString(dir.resolve("go.mod"), "module m\n");
    Path bad = Files.writeString(dir.resolve(".gofix/bad.yaml"), "error: no rules\n");
    CliRun run = CliRun.of(env, "list");
    assertEquals(3, run.code(), run::toString);
    assertEquals(List.of(bad + ":2:3: no rules"), run.errLines());
  }

  @Test
  void describePrintsTheDescriptionPatternsAndTheFirstFixtureWithAChange() throws IOException {
    Path fixtures = Files.createDirectories(dir.resolve("fixtures/interface-any"));
    Path golden = Files.createDirectories(dir.resolve("golden/interface-any"));
    Files.writeString(fixtures.resolve("a_unchanged.go"), "package p\n");
    Files.writeString(golden.resolve("a_unchanged.go"), "package p\n");
    Files.writeString(fixtures.resolve("b_var.go"), "package p\n\nvar x interface{}\n");
    Files.writeString(golden.resolve("b_var.go"), "package p\n\nvar x any\n");
    Files.writeString(fixtures.resolve("c_later.go"), "package p\n\nvar y interface{}\n");
    Files.writeString(golden.resolve("c_later.go"), "package p\n\nvar y any\n");
    CliRun run = CliRun.of(env, "describe", "interface-any");
    assertEquals(0, run.code(), run::toString);
    assertEquals(
        """
        interface-any (safe, Go >=1.18)
        interface{} becomes any.

        The description of interface-any.

        Rules:
          main (fix):
            interface{}

        Example (fixtures/interface-any/b_var.go):
        --- a/b_var.go
        +++ b/b_var.go
        @@ -1,3 +1,3 @@
         package p
        \s
        -var x interface{}
        +var x any
        """,
        run.out());
  }

  @Test
  void describeFindsFixturesBesideAUserRecipeDirectory() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(project.resolve("recipes"));
    Files.writeString(project.resolve("recipes/mine.yaml"), "replace: a => b\n");
    Files.createDirectories(project.resolve("fixtures/mine/case1"));
    Files.createDirectories(project.resolve("golden/mine/case1"));
    Files.writeString(project.resolve("fixtures/mine/case1/x.go"), "package a\n");
    Files.writeString(project.resolve("golden/mine/case1/x.go"), "package b\n");
    CliRun run = CliRun.of(env, "describe", "--recipes", "project/recipes", "mine");
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.out().contains("  main (fix):\n    a => b\n"), run::toString);
    assertTrue(
        run.out().endsWith(
            "Example (fixtures/mine/case1/x.go):\n--- a/case1/x.go\n+++ b/case1/x.go\n@@ -1 +1 @@\n-package a\n+package b\n"),
        run::toString);
  }

  @Test
  void describeSaysSoWhenThereIsNoExample() {
    CliRun run = CliRun.of(env, "describe", "todo-report");
    assertEquals(0, run.code(), run::toString);
    assertTrue(run.out().contains("  main (report):\n    // TODO\n"), run::toString);
    assertTrue(run.out().endsWith("No example: no fixture of todo-report with a golden that differs.\n"));
  }

  @Test
  void describeOfAnUnknownRecipeIsAUsageError() {
    CliRun run = CliRun.of(env, "describe", "nope");
    assertEquals(2, run.code());
    assertEquals(List.of("gofix: unknown recipe: nope (gofix list shows the recipes)"), run.errLines());
  }

  @ParameterizedTest
  @ValueSource(strings = {"apply", "diff", "check", "list", "describe", "parse"})
  void everyCommandHasHelpAndVersion(String command) {
    CliRun help = CliRun.of(env, command, "--help");
    assertEquals(0, help.code(), help::toString);
    assertTrue(help.out().startsWith("Usage: gofix " + command), help::toString);
    CliRun version = CliRun.of(env, command, "--version");
    assertEquals(0, version.code());
    assertEquals(List.of("gofix dev"), version.outLines());
  }

  @Test
  void topLevelVersionAndHelpListTheCommands() {
    assertEquals(List.of("gofix dev"), CliRun.of(env, "--version").outLines());
    String help = CliRun.of(env, "--help").out();
    for (String command : List.of("apply", "diff", "check", "list", "describe", "parse")) {
      assertTrue(help.contains("  " + command), help);
    }
  }

  @Test
  void anUnknownCommandIsAnErrorThatStillListsEveryCommand() {
    // Only a subcommand named first is set up alone; anything else sees all of them.
    CliRun run = CliRun.of(env, "lsit");
    assertEquals(2, run.code(), run::toString);
    assertTrue(run.err().contains("Unmatched argument at index 0: 'lsit'"), run::toString);
    for (String command : List.of("apply", "diff", "check", "list", "describe", "test", "parse")) {
      assertTrue(run.err().contains("  " + command), run::toString);
    }
    CliRun missing = CliRun.of(env);
    assertEquals(2, missing.code(), missing::toString);
    assertTrue(missing.err().contains("missing command"), missing::toString);
  }

  @Test
  void anInternalErrorExitsSeventy() {
    FakeEnvironment failing =
        new FakeEnvironment(dir) {
          @Override
          public dev.gofix.recipe.RecipeLoader.Loaded builtins() {
            throw new UnsupportedOperationException("TODO");
          }
        };
    CliRun run = CliRun.of(failing, "list");
    assertEquals(70, run.code());
    assertTrue(run.err().startsWith("gofix: internal error: "), run::toString);
  }
}
