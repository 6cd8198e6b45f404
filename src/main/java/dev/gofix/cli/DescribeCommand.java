package dev.gofix.cli;

import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix describe ID}: what a recipe does, its patterns and an example. */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Describes a recipe: safety, Go versions, description, the pattern of each rule, and one before/after example from its fixtures (see FixtureExample: fixtures/<id>, golden/<id>).")
final class DescribeCommand implements Callable<Integer> {
  private final Environment env;

  DescribeCommand(Environment env) {
    this.env = env;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--recipes",
      paramLabel = "DIR",
      description = "A directory of your own recipes (default: .gofix/ at the module root).")
  Path recipesDir;

  @Parameters(paramLabel = "ID", description = "The recipe's id, as gofix list shows it.")
  String id;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RecipeCatalog catalog =
        RecipeCatalog.load(env, Optional.ofNullable(recipesDir), env.workingDirectory());
    if (!catalog.errors().isEmpty()) {
      catalog.errors().forEach(err::println);
      return ExitCode.BAD_RECIPE;
    }
    Optional<Recipe> found = catalog.find(id);
    if (found.isEmpty()) {
      err.println("gofix: unknown recipe: " + id + " (gofix list shows the recipes)");
      return ExitCode.USAGE;
    }
    Recipe recipe = found.get();
    out.println(recipe.id() + " (" + recipe.safety().label() + ", Go " + recipe.go() + ")");
    out.println(recipe.summary().strip());
    if (!recipe.description().isBlank()) {
      out.println();
      out.println(recipe.description().strip());
    }
    out.println();
    out.println("Rules:");
    for (Rule rule : recipe.rules()) {
      out.println("  " + rule.id() + (rule.fix().isEmpty() ? " (report)" : " (fix)") + ":");
      for (String line : rule.match().source().text().strip().split("\n", -1)) {
        out.println("    " + line);
      }
    }
    Optional<FixtureExample> example = FixtureExample.find(recipe, env.workingDirectory());
    out.println();
    if (example.isPresent()) {
      out.println("Example (" + example.get().name() + "):");
      out.print(example.get().diff());
    } else {
      out.println("No example: no fixture of " + recipe.id() + " with a golden that differs.");
    }
    return ExitCode.OK;
  }
}
