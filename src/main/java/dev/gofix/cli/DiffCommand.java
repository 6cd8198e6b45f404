package dev.gofix.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix diff}: {@code apply --dry-run}, printing the unified diff. */
final class DiffCommand implements Callable<Integer> {
  private final Environment env;
  private final CommandSpec spec;

  DiffCommand(Environment env) {
    this.env = env;
    this.spec = Commands.spec(this, "diff",
        "Prints the changes recipes would make as a unified diff (git apply / patch -p1 accept it), changing nothing. The same as apply --dry-run.");
    RecipeOptions.addTo(spec);
    spec.addOption(Commands.flag("Exit with 1 when there is a change.", "--exit-code"));
    spec.addOption(Commands.flag(
        "Type-check changed packages with 'go vet -overlay'; leave out the fixes of a package that breaks.",
        "--verify"));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    boolean exitCode = Commands.value(spec, "--exit-code");
    boolean verify = Commands.value(spec, "--verify");
    return new Codemod(env, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.version())
        .run(
            new Codemod.Request(
                "diff", RecipeOptions.of(spec), false, true, exitCode, verify, false, Optional.empty(),
                Main.arguments(spec)));
  }
}
