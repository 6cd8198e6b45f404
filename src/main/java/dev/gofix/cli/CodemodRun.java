package dev.gofix.cli;

import dev.gofix.recipe.FileResult;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.SyntaxError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the files of a run and runs the recipes over them, directory by directory, on a fixed pool
 * of one thread per processor ({@link #pool}). A directory's files are read when its turn comes:
 * each file's header first (package clause, generated marker), then the rest of a file that is not
 * skipped; the files are grouped into packages and each package is run on its own. Nothing is
 * written here.
 */
final class CodemodRun {

  /**
   * What a run found.
   *
   * @param files one outcome per file processed, sorted by printed path
   * @param ioErrors files that could not be read, as messages
   */
  record Outcome(List<FileOutcome> files, List<String> ioErrors) {}

  private final PackageRunner runner;
  private final ExecutorService pool;
  private final boolean includeGenerated;

  /**
   * Runs with the threads of {@code pool} ({@link #pool}), which the caller shuts down; files
   * marked generated are skipped unless {@code includeGenerated}.
   */
  CodemodRun(PackageRunner runner, ExecutorService pool, boolean includeGenerated) {
    this.runner = runner;
    this.pool = pool;
    this.includeGenerated = includeGenerated;
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
   * The files of a run by directory, largest directory first (by the sizes the listing found): no
   * file is read here, so this is ready as soon as the files are listed.
   */
  static List<List<InputFile>> directories(SourceFiles sources, RunRoot root) {
    Map<Path, List<InputFile>> byDirectory = new HashMap<>();
    List<Path> files = sources.files();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      InputFile input = new InputFile(file, root.printed(file), sources.size(i));
      byDirectory.computeIfAbsent(file.toAbsolutePath().getParent(), k -> new ArrayList<>()).add(input);
    }
    List<List<InputFile>> directories = new ArrayList<>(byDirectory.values());
    directories.sort(Comparator.comparingLong(CodemodRun::size).reversed()
        .thenComparing(d -> d.get(0).file()));
    return List.copyOf(directories);
  }

  /** Reads each directory's files, runs the recipes over its packages and lets go of them, directory by directory. */
  Outcome run(List<List<InputFile>> directories, Progress progress) {
    try {
      List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
      List<String> ioErrors = Collections.synchronizedList(new ArrayList<>());
      // Only one worker takes the largest directories first, so that no big one is left to run
      // alone at the end: the others take the smallest, so that no two big packages (whose trees
      // stay live while they run) fill the heap at once. The outcomes are sorted afterwards.
      Deque<List<InputFile>> queue = new ConcurrentLinkedDeque<>(directories);
      List<Callable<Void>> runs = new ArrayList<>();
      for (int w = 0; w < threads(); w++) {
        boolean biggest = w == 0;
        runs.add(() -> {
          List<InputFile> dir;
          while ((dir = biggest ? queue.pollFirst() : queue.pollLast()) != null) {
            outcomes.addAll(runDirectory(dir, ioErrors));
            progress.advance(dir.size());
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

  private static long size(List<InputFile> files) {
    long n = 0;
    for (InputFile f : files) {
      n += f.size();
    }
    return n;
  }

  /** How much of a file is read for its header at first; most headers end well before. */
  static final int HEAD_BYTES = 8192;

  /** One buffer per thread for the headers. */
  private static final ThreadLocal<ByteBuffer> HEAD_BUFFER =
      ThreadLocal.withInitial(() -> ByteBuffer.allocate(HEAD_BYTES));

  /** A file read in full, with its header. */
  private record Read(InputFile input, GoFileHeader header, byte[] bytes) {}

  /**
   * A file's header and bytes. The header comes from its first bytes (the lines that end within
   * them, all of a small file), or from all of them when the package clause is not among them;
   * a file it marks generated is not read further, and is null when such files are skipped.
   */
  private Read read(InputFile input) throws IOException {
    try (FileChannel channel = FileChannel.open(input.file())) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException("file too large");
      }
      ByteBuffer head = HEAD_BUFFER.get().clear().limit((int) Math.min(size, HEAD_BYTES));
      readFully(channel, head);
      int headLength = head.position();
      boolean whole = headLength >= size;
      int length = headLength;
      if (!whole) {
        // The lines that end within the bytes read: the text up to the last line end.
        byte[] bytes = head.array();
        while (length > 0 && bytes[length - 1] != '\n') {
          length--;
        }
      }
      GoFileHeader header = GoFileHeader.of(head.array(), length);
      if (header.generated() && !includeGenerated) {
        return null;
      }
      byte[] bytes;
      if (whole) {
        bytes = Arrays.copyOf(head.array(), headLength);
      } else {
        bytes = new byte[(int) size];
        System.arraycopy(head.array(), 0, bytes, 0, headLength);
        ByteBuffer rest = ByteBuffer.wrap(bytes, headLength, bytes.length - headLength);
        readFully(channel, rest);
        if (rest.hasRemaining()) { // the file got shorter meanwhile
          bytes = Arrays.copyOf(bytes, rest.position());
        }
        if (header.packageName().isEmpty()) {
          header = GoFileHeader.of(bytes, bytes.length);
          if (header.generated() && !includeGenerated) {
            return null;
          }
        }
      }
      if (channel.size() > size) { // the file got longer meanwhile: read it all, as it is now
        bytes = Files.readAllBytes(input.file());
      }
      return new Read(input, header, bytes);
    }
  }

  /** Reads until the buffer is full or the file ends. */
  private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // again
    }
  }

  private static FileOutcome unreadable(Path file, SyntaxError error) {
    Path printed = Path.of(error.path());
    return new FileOutcome(file, error.path(), new FileResult(printed, "", "", List.of(), List.of(error)));
  }

  /**
   * Runs the packages of one directory: its files with the same package clause (so the
   * {@code _test.go} files of package {@code x_test} are a package of their own). A file whose
   * package clause cannot be read is a package of its own (the runner reports its errors).
   */
  private List<FileOutcome> runDirectory(List<InputFile> dir, List<String> ioErrors) {
    Map<String, List<Read>> packages = new TreeMap<>();
    List<FileOutcome> outcomes = new ArrayList<>();
    for (InputFile input : dir) {
      Read read;
      try {
        read = read(input);
      } catch (IOException e) {
        ioErrors.add(input.path() + ": cannot read: " + e.getMessage());
        continue;
      }
      if (read != null) {
        String name = read.header().packageName().map(n -> "package " + n)
            .orElse("file " + input.file().getFileName());
        packages.computeIfAbsent(name, k -> new ArrayList<>()).add(read);
      }
    }
    for (List<Read> pkg : packages.values()) {
      outcomes.addAll(runPackage(pkg));
    }
    return outcomes;
  }

  private List<FileOutcome> runPackage(List<Read> pkg) {
    List<InputFile> read = new ArrayList<>();
    List<GoSource> sources = new ArrayList<>();
    List<FileOutcome> outcomes = new ArrayList<>();
    for (Read file : pkg) {
      InputFile input = file.input();
      GoSource.Decoded decoded = GoSource.decode(input.path(), file.bytes());
      if (!decoded.ok()) {
        outcomes.add(unreadable(input.file(), decoded.error()));
        continue;
      }
      read.add(input);
      sources.add(decoded.source());
    }
    pkg.clear(); // the bytes are decoded: not kept while the package runs

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
