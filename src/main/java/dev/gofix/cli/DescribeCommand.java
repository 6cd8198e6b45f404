package dev.gofix.cli;

import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix describe ID}: what a recipe does, its patterns and an example. */
final class DescribeCommand implements Callable<Integer> {
  private final Environment env;
  private final CommandSpec spec;

  DescribeCommand(Environment env) {
    this.env = env;
    this.spec = Commands.spec(this, "describe",
        "Describes a recipe: safety, Go versions, description, the pattern of each rule, and one before/after example from its fixtures (see FixtureExample: fixtures/<id>, golden/<id>).");
    spec.addOption(Commands.option("--recipes", "DIR", Path.class,
        "A directory of your own recipes (default: .gofix/ at the module root)."));
    spec.addPositional(Commands.positional("1", "ID", String.class, "The recipe's id, as gofix list shows it."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path recipesDir = Commands.value(spec, "--recipes");
    String id = Commands.positional(spec);
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
