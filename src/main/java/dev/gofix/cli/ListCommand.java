package dev.gofix.cli;

import dev.gofix.recipe.Recipe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix list}: the recipes, one per line, in an aligned table. */
final class ListCommand implements Callable<Integer> {
  private final Environment env;
  private final CommandSpec spec;

  ListCommand(Environment env) {
    this.env = env;
    this.spec = Commands.spec(this, "list",
        "Lists the recipes: id, safety, the Go versions they apply to, and a summary.");
    spec.addOption(Commands.option("--recipes", "DIR", Path.class,
        "A directory of your own recipes (default: .gofix/ at the module root)."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Path recipesDir = Commands.value(spec, "--recipes");
    RecipeCatalog catalog =
        RecipeCatalog.load(env, Optional.ofNullable(recipesDir), env.workingDirectory());
    if (!catalog.errors().isEmpty()) {
      catalog.errors().forEach(spec.commandLine().getErr()::println);
      return ExitCode.BAD_RECIPE;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "SAFETY", "GO", "SUMMARY"});
    for (Recipe r : catalog.recipes()) {
      rows.add(new String[] {r.id(), r.safety().label(), r.go().toString(), r.summary().strip()});
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      spec.commandLine().getOut().println(line.append(row[3]).toString().stripTrailing());
    }
    return ExitCode.OK;
  }
}
