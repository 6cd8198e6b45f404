package dev.gofix.cli;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import dev.gofix.syntax.SyntaxError;
import dev.gofix.syntax.SyntaxTreePrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gofix parse}: checks the syntax of Go files, like {@code gofmt -e -l}. */
final class ParseCommand implements Callable<Integer> {
  private final CommandSpec spec;

  ParseCommand() {
    this.spec = Commands.spec(this, "parse",
        "Checks the syntax of Go files. Prints each error as path:line:col: message and one summary line; exits 1 when any file has errors.");
    spec.addOption(Commands.flag("Print the parse tree of the (single) file.", "--tree"));
    spec.addOption(Commands.flag("Also print parse statistics: bytes, full-LL fallbacks, the slowest files.", "--stats"));
    spec.addPositional(Commands.positional("1..*", "PATTERN", List.class, "file.go, dir, or dir/..."));
  }

  CommandSpec spec() {
    return spec;
  }

  /** What parsing one file gave, without its tree. */
  private record Outcome(Path path, long bytes, List<SyntaxError> errors, boolean fullLl, long nanos) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> patterns = Commands.positional(spec);
    boolean tree = Commands.value(spec, "--tree");
    boolean stats = Commands.value(spec, "--stats");
    SourceFiles files = SourceFiles.resolve(patterns);
    files.problems().forEach(p -> err.println("gofix: " + p));
    if (!files.problems().isEmpty()) {
      return ExitCode.IO;
    }
    GoFileParser parser = new GoFileParser();
    if (tree) {
      if (files.files().size() != 1) {
        err.println("gofix: --tree needs exactly one file");
        return ExitCode.USAGE;
      }
      Outcome outcome = parseOne(parser, files.files().get(0), out);
      outcome.errors().forEach(out::println);
      return outcome.errors().isEmpty() ? ExitCode.OK : ExitCode.FOUND;
    }
    long start = System.nanoTime();
    List<Outcome> outcomes = parseAll(parser, files.files());
    long wall = System.nanoTime() - start;
    int withErrors = 0;
    for (Outcome outcome : outcomes) {
      outcome.errors().forEach(out::println);
      if (!outcome.errors().isEmpty()) {
        withErrors++;
      }
    }
    out.println(outcomes.size() + " files, " + withErrors + " with errors");
    if (stats) {
      printStats(outcomes, wall, out);
    }
    return withErrors == 0 ? ExitCode.OK : ExitCode.FOUND;
  }

  /**
   * Parses files on all cores, largest first so that no big file is left for the end of the run,
   * and returns the outcomes in the order of the given list.
   */
  private static List<Outcome> parseAll(GoFileParser parser, List<Path> paths) {
    List<Integer> bySize = new ArrayList<>(paths.size());
    long[] sizes = new long[paths.size()];
    for (int i = 0; i < paths.size(); i++) {
      bySize.add(i);
      try {
        sizes[i] = Files.size(paths.get(i));
      } catch (IOException e) {
        sizes[i] = 0; // parseOne reports the read error
      }
    }
    bySize.sort(Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
    Outcome[] outcomes = new Outcome[paths.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int k = next.getAndIncrement(); k < bySize.size(); k = next.getAndIncrement()) {
            int i = bySize.get(k);
            outcomes[i] = parseOne(parser, paths.get(i), null);
          }
        };
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Thread> started = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread thread = new Thread(worker, "gofix-parse-" + t);
      thread.start();
      started.add(thread);
    }
    worker.run();
    for (Thread thread : started) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return Arrays.asList(outcomes);
  }

  private static Outcome parseOne(GoFileParser parser, Path path, PrintWriter treeOut) {
    long start = System.nanoTime();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new Outcome(
          path, 0, List.of(new SyntaxError(path.toString(), 1, 1, "cannot read: " + e.getMessage())), false, 0);
    }
    GoSource.Decoded decoded = GoSource.decode(path.toString(), bytes);
    if (!decoded.ok()) {
      return new Outcome(path, bytes.length, List.of(decoded.error()), false, System.nanoTime() - start);
    }
    ParsedFile parsed = parser.parse(decoded.source());
    if (treeOut != null) {
      new SyntaxTreePrinter(treeOut).print(parsed);
    }
    return new Outcome(path, bytes.length, parsed.errors(), parsed.usedFullLl(), System.nanoTime() - start);
  }

  private static void printStats(List<Outcome> outcomes, long wallNanos, PrintWriter out) {
    long bytes = outcomes.stream().mapToLong(Outcome::bytes).sum();
    long fallbacks = outcomes.stream().filter(Outcome::fullLl).count();
    out.printf(
        "parsed %d bytes in %.2f s (%.1f MB/s), full-LL fallbacks: %d%n",
        bytes, wallNanos / 1e9, bytes / 1e6 / (wallNanos / 1e9), fallbacks);
    List<Outcome> slowest = new ArrayList<>(outcomes);
    slowest.sort(Comparator.comparingLong(Outcome::nanos).reversed());
    out.println("slowest files:");
    for (Outcome o : slowest.subList(0, Math.min(10, slowest.size()))) {
      out.printf("  %8.1f ms %9d bytes  %s%n", o.nanos() / 1e6, o.bytes(), o.path());
    }
  }
}
