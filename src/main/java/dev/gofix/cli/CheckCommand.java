package dev.gofix.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix check}: prints findings, changes nothing. */
final class CheckCommand implements Callable<Integer> {
  private final Environment env;
  private final CommandSpec spec;

  CheckCommand(Environment env) {
    this.env = env;
    this.spec = Commands.spec(this, "check",
        "Prints every finding, fixable or report-only, as path:line:col: [recipe] message on stdout, changing nothing. Exits 1 when there is any.");
    RecipeOptions.addTo(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    return new Codemod(env, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.version())
        .run(
            new Codemod.Request(
                "check", RecipeOptions.of(spec), false, false, false, false, false, Optional.empty(),
                Main.arguments(spec)));
  }
}
