package dev.gofix.cli;

import dev.gofix.recipe.GoldenCase;
import dev.gofix.recipe.GoldenResult;
import dev.gofix.recipe.GoldenSuite;
import dev.gofix.recipe.Recipe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gofix test [DIR]}: runs the golden cases of a recipe directory ({@code codemods/},
 * {@code fixtures/}, {@code golden/} under DIR) the way gofix's own recipes are tested: each
 * fixture parses and round-trips, its diff equals its golden byte for byte, the output parses,
 * and a second run changes nothing. The Go toolchain checks (gofmt, go vet) are left to the
 * repository's own test suite.
 */
final class TestCommand implements Callable<Integer> {
  private final Environment env;
  private final CommandSpec spec;

  TestCommand(Environment env) {
    this.env = env;
    this.spec = Commands.spec(this, "test",
        "Runs the golden cases of a recipe directory (codemods/, fixtures/, golden/).");
    spec.addPositional(Commands.positional("0..1", "DIR", Path.class, "The directory (default: the current one)."));
    spec.addOption(Commands.flag("Rewrite the goldens from the current output.", "-U", "--update"));
    spec.addOption(Commands.option("--recipe", "ID", String.class, "Test only this recipe."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = Commands.positional(spec);
    boolean update = Commands.value(spec, "--update");
    String recipe = Commands.value(spec, "--recipe");
    Path root = env.workingDirectory().resolve(dir == null ? Path.of("") : dir).normalize();
    if (!Files.isDirectory(root.resolve(GoldenSuite.FIXTURES))) {
      err.println("gofix test: " + root.resolve(GoldenSuite.FIXTURES) + ": no such directory");
      return ExitCode.USAGE;
    }
    if (update && env.ci()) {
      err.println("gofix test: refusing to update goldens in CI");
      return ExitCode.USAGE;
    }
    GoldenSuite suite = new GoldenSuite(root);
    List<GoldenSuite.RecipeCases> all;
    try {
      all = suite.select(suite.discover(), Optional.ofNullable(recipe));
    } catch (IllegalArgumentException e) {
      err.println("gofix test: " + e.getMessage());
      return ExitCode.USAGE;
    }
    int failed = 0;
    boolean badRecipe = false;
    for (GoldenSuite.RecipeCases cases : all) {
      Recipe r;
      try {
        r = suite.loadRecipe(cases);
      } catch (IllegalStateException e) {
        err.println(e.getMessage());
        badRecipe = true;
        continue;
      }
      int recipeFailures = 0;
      for (GoldenCase c : cases.cases()) {
        GoldenResult result = c.check(GoldenSuite.runnerFor(r), update);
        if (!result.passed()) {
          recipeFailures++;
          out.println("--- FAIL: " + cases.recipe() + "/" + c.name());
          out.print(result.report().indent(4));
        }
      }
      List<String> problems = update ? List.of() : suite.folderProblems(cases);
      problems.forEach(p -> out.println("--- FAIL: " + cases.recipe() + ": " + p));
      recipeFailures += problems.size();
      out.printf("%s\t%s\t%d cases%n", recipeFailures == 0 ? "ok" : "FAIL", cases.recipe(), cases.cases().size());
      failed += recipeFailures;
    }
    if (badRecipe) {
      return ExitCode.BAD_RECIPE;
    }
    return failed == 0 ? ExitCode.OK : ExitCode.FOUND;
  }
}
