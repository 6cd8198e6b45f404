package dev.gofix.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gofix command: entry point and the list of subcommands. */
@Command(
    name = "gofix",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Finds risky Go patterns and fixes them with declarative recipes.",
    subcommands = {ParseCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  /** Runs gofix with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("gofix: internal error: " + e);
          if (System.getenv("GOFIX_DEBUG") != null) {
            e.printStackTrace(err);
          }
          return ExitCode.INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"gofix " + (v == null ? "dev" : v)};
    }
  }
}
