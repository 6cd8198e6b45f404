package dev.gofix.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix diff}: {@code apply --dry-run}, printing the unified diff. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Prints the changes recipes would make as a unified diff (git apply / patch -p1 accept it), changing nothing. The same as apply --dry-run.")
final class DiffCommand implements Callable<Integer> {
  private final Environment env;

  DiffCommand(Environment env) {
    this.env = env;
  }

  @Spec CommandSpec spec;

  @Mixin RecipeOptions options;

  @Option(names = "--exit-code", description = "Exit with 1 when there is a change.")
  boolean exitCode;

  @Option(
      names = "--verify",
      description = "Type-check changed packages with 'go vet -overlay'; leave out the fixes of a package that breaks.")
  boolean verify;

  @Override
  public Integer call() throws IOException {
    return new Codemod(env, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.version())
        .run(
            new Codemod.Request(
                "diff", options, false, true, exitCode, verify, false, Optional.empty(),
                Main.arguments(spec)));
  }
}
