package dev.gofix.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix apply}: runs recipes and rewrites the files in place. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Runs recipes over Go files and rewrites them in place. Quiet on success; findings that were not fixed are printed on stderr as path:line:col: [recipe] message.")
final class ApplyCommand implements Callable<Integer> {
  private final Environment env;

  ApplyCommand(Environment env) {
    this.env = env;
  }

  @Spec CommandSpec spec;

  @Mixin RecipeOptions options;

  @Option(names = "--dry-run", description = "Change nothing; print the unified diff instead.")
  boolean dryRun;

  @Option(
      names = "--verify",
      description = "Type-check changed packages with 'go vet -overlay' first; drop the fixes of a package that breaks.")
  boolean verify;

  @Option(
      names = "--commit",
      description = "Commit the changed files on a new branch gofix/<recipes> (in a git work tree).")
  boolean commit;

  @Option(
      names = "--pr-body",
      paramLabel = "FILE",
      description = "Write a Markdown pull request description to FILE.")
  Path prBody;

  @Override
  public Integer call() throws IOException {
    if (commit && dryRun) {
      spec.commandLine().getErr().println("gofix: --commit and --dry-run exclude each other");
      return ExitCode.USAGE;
    }
    return new Codemod(env, spec.commandLine().getOut(), spec.commandLine().getErr(), Main.version())
        .run(
            new Codemod.Request(
                "apply", options, !dryRun, dryRun, false, verify, commit,
                Optional.ofNullable(prBody), Main.arguments(spec)));
  }
}
