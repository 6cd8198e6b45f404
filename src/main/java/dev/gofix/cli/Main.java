package dev.gofix.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gofix command: entry point and the list of subcommands. */
@Command(
    name = "gofix",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Finds risky Go patterns and fixes them with declarative recipes.")
public final class Main implements Runnable {

  /**
   * The subcommands by name, in the order help lists them. picocli reads a command's annotations
   * by reflection when it is added, which is a good part of start-up; a run that names its
   * subcommand first adds only that one (help and errors for anything else still see them all).
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
      ApplyCommand.class,
      DiffCommand.class,
      CheckCommand.class,
      ListCommand.class,
      DescribeCommand.class,
      TestCommand.class,
      ParseCommand.class);

  private static Map<String, Class<?>> subcommands(Class<?>... commands) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> command : commands) {
      byName.put(command.getAnnotation(Command.class).name(), command);
    }
    return java.util.Collections.unmodifiableMap(byName);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  /** Runs gofix with the given arguments and streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Environment.system());
  }

  /** Runs gofix in the given environment: the seam through which tests pass their own. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
    Factory factory = new Factory(env);
    CommandLine cli = new CommandLine(new Main(), factory);
    Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], named);
    } else {
      SUBCOMMANDS.forEach(cli::addSubcommand);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalError(err));
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

  /** The arguments gofix was started with, as given. */
  static List<String> arguments(CommandLine.Model.CommandSpec spec) {
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
  private static final class InternalError implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    InternalError(PrintWriter err) {
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

  /** Makes commands, handing the environment to those whose constructor takes it. */
  private static final class Factory implements CommandLine.IFactory {
    private final Environment env;

    Factory(Environment env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        Constructor<K> constructor = cls.getDeclaredConstructor(Environment.class);
        return constructor.newInstance(env);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
