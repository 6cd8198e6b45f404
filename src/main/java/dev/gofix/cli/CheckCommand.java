package dev.gofix.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix check}: prints findings, changes nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Prints every finding, fixable or report-only, as path:line:col: [recipe] message on stdout, changing nothing. Exits 1 when there is any.")
final class CheckCommand implements Callable<Integer> {
  private final Environment env;

  CheckCommand(Environment env) {
    this.env = env;
  }

  @Spec CommandSpec spec;

  @Mixin RecipeOptions options;

  @Override
  public Integer call() throws IOException {
    return new Codemod(env, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.version())
        .run(
            new Codemod.Request(
                "check", options, false, false, false, false, false, Optional.empty(),
                Main.arguments(spec)));
  }
}
