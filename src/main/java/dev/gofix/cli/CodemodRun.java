package dev.gofix.cli;

import dev.gofix.recipe.FileResult;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.SyntaxError;
import java.io.IOException;
import java.io.PrintWriter;
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
 * one thread per processor. Nothing is written here.
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
  private final RunRoot root;
  private final boolean includeGenerated;

  CodemodRun(PackageRunner runner, RunRoot root, boolean includeGenerated) {
    this.runner = runner;
    this.root = root;
    this.includeGenerated = includeGenerated;
  }

  Outcome run(List<Path> files, Progress progress) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gofix-run");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Callable<Read>> reads = new ArrayList<>();
      for (Path file : files) {
        reads.add(() -> read(file));
      }
      List<InputFile> inputs = new ArrayList<>();
      List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
      List<String> ioErrors = new ArrayList<>();
      int skipped = 0;
      for (Read read : all(pool, reads)) {
        if (read.ioError() != null) {
          ioErrors.add(read.ioError());
          skipped++;
        } else if (read.decodeError() != null) {
          outcomes.add(unreadable(read.file(), read.decodeError()));
          skipped++;
        } else if (read.input().header().generated() && !includeGenerated) {
          skipped++;
        } else {
          inputs.add(read.input());
        }
      }
      progress.advance(skipped);
      List<Callable<Void>> runs = new ArrayList<>();
      // Largest packages first, so that no big one is left to run alone at the end; the outcomes
      // are sorted afterwards.
      List<List<InputFile>> packages = new ArrayList<>(PackageGrouping.group(inputs));
      packages.sort(Comparator.comparingLong(CodemodRun::size).reversed());
      for (List<InputFile> pkg : packages) {
        runs.add(() -> {
          outcomes.addAll(runPackage(pkg));
          progress.advance(pkg.size());
          return null;
        });
      }
      all(pool, runs);
      List<FileOutcome> sorted = new ArrayList<>(outcomes);
      sorted.sort(Comparator.comparing(FileOutcome::path));
      return new Outcome(List.copyOf(sorted), List.copyOf(ioErrors));
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  private static long size(List<InputFile> pkg) {
    long n = 0;
    for (InputFile f : pkg) {
      n += f.source().text().length();
    }
    return n;
  }

  private record Read(Path file, InputFile input, SyntaxError decodeError, String ioError) {}

  private Read read(Path file) {
    String path = root.printed(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Read(file, null, null, path + ": cannot read: " + e.getMessage());
    }
    GoSource.Decoded decoded = GoSource.decode(path, bytes);
    if (!decoded.ok()) {
      return new Read(file, null, decoded.error(), null);
    }
    GoSource source = decoded.source();
    return new Read(file, new InputFile(file, source, GoFileHeader.of(source.text())), null, null);
  }

  private static FileOutcome unreadable(Path file, SyntaxError error) {
    Path printed = Path.of(error.path());
    return new FileOutcome(file, error.path(), new FileResult(printed, "", "", List.of(), List.of(error)));
  }

  private List<FileOutcome> runPackage(List<InputFile> pkg) {
    List<GoSource> sources = pkg.stream().map(InputFile::source).toList();
    List<FileResult> results = runner.run(sources);
    if (results.size() != pkg.size()) {
      throw new IllegalStateException(
          "the runner returned " + results.size() + " results for " + pkg.size() + " files");
    }
    List<FileOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < pkg.size(); i++) {
      InputFile input = pkg.get(i);
      FileResult result = results.get(i);
      if (!result.errors().isEmpty()) {
        // A file with syntax errors is left alone, whatever the runner made of it.
        result = new FileResult(result.path(), input.source().text(), input.source().text(),
            result.findings(), result.errors());
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
