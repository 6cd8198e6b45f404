package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Parses every Go file of the installed Go distribution ({@code $(go env GOROOT)/src}) and
 * compares the verdicts with {@code gofmt -e -l}: what gofmt accepts must parse without errors
 * and print back unchanged; what gofmt rejects must be rejected too, but for the files listed in
 * {@code src/test/resources/corpus-exceptions.txt}. Skipped where {@code go} is not installed.
 */
class GoCorpusTest {
  /** How many offending files a failure message lists. */
  private static final int SHOWN = 20;

  /** A gofmt error line: the file's path, then ":line:col: ". */
  private static final Pattern GOFMT_ERROR = Pattern.compile("^(.+\\.go):(\\d+):(\\d+): .*");

  /**
   * What parsing one file gave; no tree or tokens are kept.
   *
   * @param firstError the first error as printed, null when there is none
   * @param roundTrips whether printing the tokens gave the file's text (true where undecodable)
   */
  record Result(String path, int errors, String firstError, boolean fullLl, boolean roundTrips) {
    boolean rejected() {
      return errors > 0;
    }
  }

  @Test
  void agreesWithGofmtOnEveryFileOfGoRoot() throws Exception {
    List<String> env = goEnv();
    assumeTrue(env != null, "go not installed: skipping corpus test");
    Path goroot = Path.of(env.get(0));
    String version = env.get(1);
    Path src = goroot.resolve("src");
    assertTrue(Files.isDirectory(src), "no sources in " + src);

    // gofmt runs while the files are parsed; it only writes to a file.
    long start = System.nanoTime();
    Path gofmtErrors = Files.createTempFile("gofmt-", ".txt");
    Process gofmt =
        new ProcessBuilder(gofmt(goroot).toString(), "-e", "-l", src.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(gofmtErrors.toFile())
            .start();
    List<Result> results;
    Map<String, String> gofmtRejects;
    try {
      GoFileParser parser = new GoFileParser();
      results = goFiles(src).parallelStream().map(file -> parse(parser, src, file)).toList();
      assertTrue(gofmt.waitFor(10, TimeUnit.MINUTES), "gofmt -e -l did not finish");
      // gofmt exits 2 when it found errors, 0 when not; anything else means it broke.
      assertTrue(
          gofmt.exitValue() == 0 || gofmt.exitValue() == 2,
          "gofmt -e -l exited " + gofmt.exitValue());
      gofmtRejects = gofmtRejects(gofmtErrors, src);
    } finally {
      gofmt.destroyForcibly();
      Files.deleteIfExists(gofmtErrors);
    }
    long nanos = System.nanoTime() - start;

    Map<String, String> exceptions = exceptions();
    List<String> wronglyRejected = new ArrayList<>();
    List<String> wronglyAccepted = new ArrayList<>();
    List<String> notRoundTripped = new ArrayList<>();
    List<String> fullLlOnValid = new ArrayList<>();
    int rejected = 0;
    int fullLl = 0;
    List<String> excused = new ArrayList<>();
    for (Result r : results) {
      rejected += r.rejected() ? 1 : 0;
      fullLl += r.fullLl() ? 1 : 0;
      boolean gofmtRejected = gofmtRejects.containsKey(r.path());
      if (!gofmtRejected && r.rejected()) {
        wronglyRejected.add(r.firstError());
      }
      if (gofmtRejected && !r.rejected()) {
        if (exceptions.containsKey(r.path())) {
          excused.add(r.path());
        } else {
          wronglyAccepted.add(r.path() + " (gofmt: " + gofmtRejects.get(r.path()) + ")");
        }
      }
      if (!r.roundTrips()) {
        notRoundTripped.add(r.path());
      }
      if (r.fullLl() && !r.rejected()) {
        fullLlOnValid.add(r.path());
      }
    }
    List<String> gofmtOnly = new ArrayList<>(gofmtRejects.keySet());
    gofmtOnly.removeAll(results.stream().map(Result::path).toList());
    List<String> stale = new ArrayList<>(exceptions.keySet());
    stale.removeAll(excused);

    System.out.printf(
        "GoCorpusTest: %s, %s: %d files in %.1f s; gofmt rejects %d, gofix rejects %d;"
            + " full-LL fallbacks: %d, on files without errors: %d;"
            + " excused by corpus-exceptions.txt: %d%n",
        version, src, results.size(), nanos / 1e9, gofmtRejects.size(), rejected, fullLl,
        fullLlOnValid.size(), excused.size());
    if (!stale.isEmpty()) {
      System.out.println("GoCorpusTest: exceptions that no longer apply here: " + stale);
    }

    StringBuilder failures = new StringBuilder();
    report(failures, "accepted by gofmt, rejected by gofix", wronglyRejected);
    report(failures, "rejected by gofmt, accepted by gofix", wronglyAccepted);
    report(failures, "printing the tokens does not give the file's text", notRoundTripped);
    report(failures, "SLL prediction failed on a file without errors", fullLlOnValid);
    report(failures, "gofmt reported files that this test did not parse", gofmtOnly);
    if (failures.length() > 0) {
      fail("GOROOT corpus (" + version + ", " + src + "):" + failures);
    }
    assertFalse(results.isEmpty(), "no Go files under " + src);
  }

  private static void report(StringBuilder out, String what, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("\n").append(items.size()).append(" files ").append(what).append(":");
    items.stream().sorted().limit(SHOWN).forEach(item -> out.append("\n  ").append(item));
    if (items.size() > SHOWN) {
      out.append("\n  ... and ").append(items.size() - SHOWN).append(" more");
    }
  }

  private static Result parse(GoFileParser parser, Path src, Path file) {
    String path = relative(src, file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GoSource.Decoded decoded = GoSource.decode(path, bytes);
    if (!decoded.ok()) {
      return new Result(path, 1, decoded.error().toString(), false, true);
    }
    ParsedFile parsed = parser.parse(decoded.source());
    List<SyntaxError> errors = parsed.errors();
    return new Result(
        path,
        errors.size(),
        errors.isEmpty() ? null : errors.get(0).toString(),
        parsed.usedFullLl(),
        parsed.printTokens().equals(decoded.source().text()));
  }

  /** The .go files below the root as gofmt walks them: regular files whose name has no leading dot. */
  private static List<Path> goFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && name.endsWith(".go") && !name.startsWith(".")) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(File.separatorChar, '/');
  }

  /** GOROOT and GOVERSION from the go command, or null when there is no go command. */
  private static List<String> goEnv() throws IOException, InterruptedException {
    Path out = Files.createTempFile("go-env-", ".txt");
    try {
      Process go;
      try {
        go =
            new ProcessBuilder("go", "env", "GOROOT", "GOVERSION")
                .redirectInput(ProcessBuilder.Redirect.from(new File(devNull())))
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        return null; // no go on PATH
      }
      if (!go.waitFor(2, TimeUnit.MINUTES)) {
        go.destroyForcibly();
        fail("go env GOROOT GOVERSION did not finish in 2 minutes");
      }
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      assertTrue(
          go.exitValue() == 0 && lines.size() == 2 && !lines.get(0).isBlank(),
          "go env GOROOT GOVERSION failed: " + lines);
      return lines;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static String devNull() {
    return File.separatorChar == '\\' ? "NUL" : "/dev/null";
  }

  private static Path gofmt(Path goroot) {
    String exe = File.separatorChar == '\\' ? "gofmt.exe" : "gofmt";
    Path inGoroot = goroot.resolve("bin").resolve(exe);
    return Files.isExecutable(inGoroot) ? inGoroot : Path.of(exe);
  }

  /** The files that gofmt's error output names, by path relative to src, with their first error. */
  private static Map<String, String> gofmtRejects(Path errors, Path src) throws IOException {
    Map<String, String> rejects = new TreeMap<>();
    String text = new String(Files.readAllBytes(errors), StandardCharsets.UTF_8);
    for (String line : text.lines().toList()) {
      Matcher m = GOFMT_ERROR.matcher(line);
      if (m.matches()) {
        String path = relative(src, Path.of(m.group(1)));
        rejects.putIfAbsent(path, path + line.substring(m.group(1).length()));
      }
    }
    return rejects;
  }

  /** corpus-exceptions.txt: relative path to reason. */
  private static Map<String, String> exceptions() throws IOException {
    Map<String, String> exceptions = new LinkedHashMap<>();
    try (InputStream in = GoCorpusTest.class.getResourceAsStream("/corpus-exceptions.txt")) {
      assertNotNull(in, "corpus-exceptions.txt is not on the test class path");
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+", 2);
        if (parts.length < 2) {
          fail("corpus-exceptions.txt:" + (i + 1) + ": no reason given for " + parts[0]);
        }
        exceptions.put(parts[0], parts[1]);
      }
    }
    return exceptions;
  }
}
