package dev.gofix.cli;

import dev.gofix.recipe.FileResult;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.SyntaxError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the files of a run and runs the recipes over them, package by package, on a fixed pool of
 * one thread per processor ({@link #pool}). The headers are read first ({@link #prepare}: that
 * needs no recipe, so it may go on while the recipes are read). Nothing is written here.
 */
final class CodemodRun {

  /**
   * What a run found.
   *
   * @param files one outcome per file processed, sorted by printed path
   * @param ioErrors files that could not be read, as messages
   */
  record Outcome(List<FileOutcome> files, List<String> ioErrors) {}

  /**
   * The files of a run after their headers were read: grouped into packages, largest first.
   *
   * @param skipped how many files are left out: generated (unless asked for) or unreadable
   * @param ioErrors the files that could not be read, as messages
   */
  record Prepared(List<List<InputFile>> packages, int skipped, List<String> ioErrors) {}

  private final PackageRunner runner;
  private final ExecutorService pool;

  /** Runs with the threads of {@code pool} ({@link #pool}), which the caller shuts down. */
  CodemodRun(PackageRunner runner, ExecutorService pool) {
    this.runner = runner;
    this.pool = pool;
  }

  /** A pool of one daemon thread per processor. */
  static ExecutorService pool() {
    return Executors.newFixedThreadPool(threads(), r -> {
      Thread t = new Thread(r, "gofix-run");
      t.setDaemon(true);
      return t;
    });
  }

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads the headers of the files (package clause, generated marker) on the pool's threads and
   * groups the files into packages.
   */
  static Prepared prepare(List<Path> files, RunRoot root, boolean includeGenerated, ExecutorService pool) {
    List<Callable<Head>> heads = new ArrayList<>();
    for (Path file : files) {
      heads.add(() -> head(root, file));
    }
    List<InputFile> inputs = new ArrayList<>();
    List<String> ioErrors = new ArrayList<>();
    int skipped = 0;
    for (Head head : all(pool, heads)) {
      if (head.ioError() != null) {
        ioErrors.add(head.ioError());
        skipped++;
      } else if (head.input().header().generated() && !includeGenerated) {
        skipped++;
      } else {
        inputs.add(head.input());
      }
    }
    // Largest packages first, so that no big one is left to run alone at the end (see run).
    List<List<InputFile>> packages = new ArrayList<>(PackageGrouping.group(inputs));
    packages.sort(Comparator.comparingLong(CodemodRun::size).reversed());
    return new Prepared(List.copyOf(packages), skipped, List.copyOf(ioErrors));
  }

  /** Reads each package's texts, runs the recipes over them and lets go of them, package by package. */
  Outcome run(Prepared prepared, Progress progress) {
    try {
      List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
      List<String> ioErrors = Collections.synchronizedList(new ArrayList<>(prepared.ioErrors()));
      progress.advance(prepared.skipped());
      // Only one worker takes the largest packages first: the others take the smallest, so that
      // no two big packages (whose trees stay live while they run) fill the heap at once. The
      // outcomes are sorted afterwards.
      java.util.Deque<List<InputFile>> queue = new java.util.concurrent.ConcurrentLinkedDeque<>(prepared.packages());
      List<Callable<Void>> runs = new ArrayList<>();
      for (int w = 0; w < threads(); w++) {
        boolean biggest = w == 0;
        runs.add(() -> {
          List<InputFile> pkg;
          while ((pkg = biggest ? queue.pollFirst() : queue.pollLast()) != null) {
            outcomes.addAll(runPackage(pkg, ioErrors));
            progress.advance(pkg.size());
          }
          return null;
        });
      }
      all(pool, runs);
      List<FileOutcome> sorted = new ArrayList<>(outcomes);
      sorted.sort(Comparator.comparing(FileOutcome::path));
      List<String> errors = new ArrayList<>(ioErrors);
      Collections.sort(errors);
      return new Outcome(List.copyOf(sorted), List.copyOf(errors));
    } finally {
      progress.finish();
    }
  }

  private static long size(List<InputFile> pkg) {
    long n = 0;
    for (InputFile f : pkg) {
      n += f.size();
    }
    return n;
  }

  /** How much of a file is read for its header at first; most headers end well before. */
  static final int HEAD_BYTES = 8192;

  private record Head(InputFile input, String ioError) {}

  /** One buffer per thread for the headers: the text made of it is a copy. */
  private static final ThreadLocal<java.nio.ByteBuffer> HEAD_BUFFER =
      ThreadLocal.withInitial(() -> java.nio.ByteBuffer.allocate(HEAD_BYTES));

  /**
   * A file's header from its first bytes: the lines that end within them (all of a small file).
   * The whole file is read when the package clause is not among them.
   */
  private static Head head(RunRoot root, Path file) {
    String path = root.printed(file);
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
      long size = channel.size();
      java.nio.ByteBuffer buffer = HEAD_BUFFER.get().clear().limit((int) Math.min(size, HEAD_BYTES));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // until the buffer is full or the file ends
      }
      boolean whole = buffer.position() >= size;
      int length = buffer.position();
      if (!whole) {
        // The lines that end within the bytes read: the text up to the last line end.
        byte[] bytes = buffer.array();
        while (length > 0 && bytes[length - 1] != '\n') {
          length--;
        }
      }
      GoFileHeader header = GoFileHeader.of(headerText(buffer.array(), length));
      if (!whole && header.packageName().isEmpty()) {
        byte[] all = Files.readAllBytes(file);
        header = GoFileHeader.of(headerText(all, all.length));
      }
      return new Head(new InputFile(file, path, header, size), null);
    } catch (IOException e) {
      return new Head(null, path + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Bytes read for the header only: as Latin-1, but for a leading UTF-8 byte order mark. The
   * header is ASCII but for the package name, which only groups files, so any fixed reading of
   * its bytes does (and a file that is not UTF-8 is reported when its package is read).
   */
  private static String headerText(byte[] bytes, int length) {
    boolean bom = length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    return bom
        ? "\uFEFF" + new String(bytes, 3, length - 3, StandardCharsets.ISO_8859_1)
        : new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  private static FileOutcome unreadable(Path file, SyntaxError error) {
    Path printed = Path.of(error.path());
    return new FileOutcome(file, error.path(), new FileResult(printed, "", "", List.of(), List.of(error)));
  }

  private List<FileOutcome> runPackage(List<InputFile> pkg, List<String> ioErrors) {
    List<InputFile> read = new ArrayList<>();
    List<GoSource> sources = new ArrayList<>();
    List<FileOutcome> outcomes = new ArrayList<>();
    for (InputFile input : pkg) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(input.file());
      } catch (IOException e) {
        ioErrors.add(input.path() + ": cannot read: " + e.getMessage());
        continue;
      }
      GoSource.Decoded decoded = GoSource.decode(input.path(), bytes);
      if (!decoded.ok()) {
        outcomes.add(unreadable(input.file(), decoded.error()));
        continue;
      }
      read.add(input);
      sources.add(decoded.source());
    }
    List<FileResult> results = runner.run(sources);
    if (results.size() != read.size()) {
      throw new IllegalStateException(
          "the runner returned " + results.size() + " results for " + read.size() + " files");
    }
    for (int i = 0; i < read.size(); i++) {
      InputFile input = read.get(i);
      FileResult result = results.get(i);
      String text = sources.get(i).text();
      if (!result.errors().isEmpty()) {
        // A file with syntax errors is left alone, whatever the runner made of it.
        result = new FileResult(result.path(), text, text, result.findings(), result.errors());
      } else if (!result.changed() && result.findings().isEmpty()) {
        // Nothing to show for it: its text is not kept to the end of the run.
        result = new FileResult(result.path(), "", "", List.of(), List.of());
      }
      outcomes.add(FileOutcome.of(input.file(), input.path(), result));
    }
    return outcomes;
  }

  private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
