package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gofix test DIR} on a team's own recipe directory. */
class TestCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int gofix(String... args) {
    return gofix(false, args);
  }

  /** gofix with the real loader and runner, in or out of CI whatever the machine says. */
  private int gofix(boolean ci, String... args) {
    Environment system = Environment.system();
    Environment env = new Environment() {
      @Override
      public dev.gofix.recipe.RecipeLoader.Loaded builtins() {
        return system.builtins();
      }

      @Override
      public dev.gofix.recipe.RecipeLoader.Loaded loadDirectory(Path d) {
        return system.loadDirectory(d);
      }

      @Override
      public PackageRunner runner(java.util.List<dev.gofix.recipe.Recipe> recipes, dev.gofix.recipe.RunOptions options) {
        return system.runner(recipes, options);
      }

      @Override
      public Path workingDirectory() {
        return system.workingDirectory();
      }

      @Override
      public java.util.Optional<Path> goTool() {
        return system.goTool();
      }

      @Override
      public boolean interactive() {
        return false;
      }

      @Override
      public boolean ci() {
        return ci;
      }
    };
    return Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void recipeWithCases() throws IOException {
    write("codemods/no-println.yaml", """
        id: no-println
        summary: Use fmt.Println instead of println
        description: The builtin println writes to stderr and is meant for bootstrapping.
        safety: review
        rules:
          - id: builtin
            match: println($$$A)
            where:
              - predicate: predeclared(println)
            fix:
              - replace: match
                with: fmt.Println($A)
              - import: fmt
        """);
    write("fixtures/no-println/uses.go", "package uses\n\nfunc f() {\n\tprintln(\"hi\", 1)\n}\n");
    write("fixtures/no-println/clean.go", "package clean\n\nfunc f() {}\n");
    write("golden/no-println/clean.diff", "");
  }

  @Test
  void updateWritesGoldensAndTheNextRunPasses() throws IOException {
    recipeWithCases();
    assertEquals(1, gofix("test", dir.toString()), out.toString());
    assertTrue(out.toString().contains("--- FAIL: no-println/uses"), out.toString());
    assertTrue(out.toString().contains("NO GOLDEN"), out.toString());

    assertEquals(0, gofix("test", "-U", dir.toString()), out + "" + err);
    assertEquals("""
        --- a/fixtures/no-println/uses.go
        +++ b/fixtures/no-println/uses.go
        @@ -1,5 +1,7 @@
         package uses
        \s
        +import "fmt"
        +
         func f() {
        -\tprintln("hi", 1)
        +\tfmt.Println("hi", 1)
         }
        """, Files.readString(dir.resolve("golden/no-println/uses.diff")));
    out.getBuffer().setLength(0);
    assertEquals(0, gofix("test", dir.toString()));
    assertEquals("ok\tno-println\t2 cases\n", out.toString());
  }

  @Test
  void aWrongGoldenFailsWithItsStatus() throws IOException {
    recipeWithCases();
    write("golden/no-println/uses.diff", "");
    assertEquals(1, gofix("test", dir.toString()));
    assertTrue(out.toString().contains("NOISY"), out.toString());
    assertTrue(out.toString().contains("FAIL\tno-println\t2 cases"), out.toString());
  }

  @Test
  void aBadRecipeExitsThree() throws IOException {
    recipeWithCases();
    write("codemods/no-println.yaml", "id: no-println\nsummary: s\n");
    assertEquals(3, gofix("test", dir.toString()));
    assertTrue(err.toString().contains("codemods/no-println.yaml does not load"), err.toString());
  }

  @Test
  void updatingInCiIsRefused() throws IOException {
    recipeWithCases();
    assertEquals(2, gofix(true, "test", "-U", dir.toString()));
    assertTrue(err.toString().contains("refusing to update goldens in CI"), err.toString());
    assertTrue(Files.notExists(dir.resolve("golden/no-println/uses.diff")));
  }

  @Test
  void aDirectoryWithoutFixturesIsAUsageError() {
    assertEquals(2, gofix("test", dir.toString()));
    assertTrue(err.toString().contains("fixtures: no such directory"), err.toString());
  }
}
