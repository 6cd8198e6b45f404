package dev.gofix.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The gofix command: entry point and the list of subcommands. */
public final class Main implements Runnable {

  /**
   * The subcommands by name, in the order help lists them, each made for an environment. A run
   * that names its subcommand first builds only that one (help and errors for anything else
   * still see them all).
   */
  private static final Map<String, Function<Environment, CommandSpec>> SUBCOMMANDS = subcommands();

  private static Map<String, Function<Environment, CommandSpec>> subcommands() {
    Map<String, Function<Environment, CommandSpec>> byName = new LinkedHashMap<>();
    byName.put("apply", env -> new ApplyCommand(env).spec());
    byName.put("diff", env -> new DiffCommand(env).spec());
    byName.put("check", env -> new CheckCommand(env).spec());
    byName.put("list", env -> new ListCommand(env).spec());
    byName.put("describe", env -> new DescribeCommand(env).spec());
    byName.put("test", env -> new TestCommand(env).spec());
    byName.put("parse", env -> new ParseCommand().spec());
    return java.util.Collections.unmodifiableMap(byName);
  }

  private final CommandSpec spec =
      Commands.spec(this, "gofix", "Finds risky Go patterns and fixes them with declarative recipes.");

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = run(args, out, err);
    } catch (OutOfMemoryError e) {
      // A package's trees are held together while it runs: one too large for the heap ends the
      // run here, before any file is written. The trees are let go by now.
      out.flush();
      err.println("gofix: internal error: out of memory (" + e.getMessage() + "); a package may be too large"
          + " for the heap: raise it with GOFIX_JAVA_OPTS (bin/gofix lists the defaults), e.g. -Xmx2g");
      code = ExitCode.INTERNAL;
    }
    System.exit(code);
  }

  /** Runs gofix with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Environment.system());
  }

  /** Runs gofix in the given environment: the seam through which tests pass their own. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
    CommandLine cli = new CommandLine(new Main().spec);
    Function<Environment, CommandSpec> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], new CommandLine(named.apply(env)));
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, new CommandLine(command.apply(env))));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalErrorHandler(err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The arguments gofix was started with, as given. */
  static List<String> arguments(CommandSpec spec) {
    CommandLine root = spec.root().commandLine();
    return root.getParseResult() == null ? List.of() : root.getParseResult().originalArgs();
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The version line of {@code --version}: {@code gofix <version>}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gofix " + version()};
    }
  }

  /**
   * Reports an exception a command let through as an internal error (exit 70). A class, not a
   * lambda: archiving a lambda for a picocli interface makes the class-data dump link picocli's
   * Java 5 class files, which it then leaves out of the archive (CommandLine is the largest).
   */
  private static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    InternalErrorHandler(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      err.println("gofix: internal error: " + e);
      if (System.getenv("GOFIX_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    }
  }
}
