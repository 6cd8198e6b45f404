package dev.gofix.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix apply}: runs recipes and rewrites the files in place. */
final class ApplyCommand implements Callable<Integer> {
  private final Environment env;
  private final CommandSpec spec;

  ApplyCommand(Environment env) {
    this.env = env;
    this.spec = Commands.spec(this, "apply",
        "Runs recipes over Go files and rewrites them in place. Quiet on success; findings that were not fixed are printed on stderr as path:line:col: [recipe] message.");
    RecipeOptions.addTo(spec);
    spec.addOption(Commands.flag("Change nothing; print the unified diff instead.", "--dry-run"));
    spec.addOption(Commands.flag(
        "Type-check changed packages with 'go vet -overlay' first; drop the fixes of a package that breaks.",
        "--verify"));
    spec.addOption(Commands.flag(
        "Commit the changed files on a new branch gofix/<recipes> (in a git work tree).", "--commit"));
    spec.addOption(Commands.option("--pr-body", "FILE", Path.class,
        "Write a Markdown pull request description to FILE."));
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    boolean dryRun = Commands.value(spec, "--dry-run");
    boolean verify = Commands.value(spec, "--verify");
    boolean commit = Commands.value(spec, "--commit");
    Path prBody = Commands.value(spec, "--pr-body");
    if (commit && dryRun) {
      spec.commandLine().getErr().println("gofix: --commit and --dry-run exclude each other");
      return ExitCode.USAGE;
    }
    return new Codemod(env, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.version())
        .run(
            new Codemod.Request(
                "apply", RecipeOptions.of(spec), !dryRun, dryRun, false, verify, commit,
                Optional.ofNullable(prBody), Main.arguments(spec)));
  }
}
