package dev.gofix.recipe;

import dev.gofix.diff.UnifiedDiff;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import dev.gofix.syntax.SyntaxError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One golden case: the fixture {@code fixtures/RECIPE/NAME.go} of a root directory, and its
 * expected diff {@code golden/RECIPE/NAME.diff} (an empty file when the fixture must not change).
 *
 * <p>{@link #check} runs, in order: the fixture parses and prints back byte for byte; a run of the
 * recipe, whose diff is compared with the golden; the output parses; a second run on the output
 * changes nothing and reports nothing the first did not.
 *
 * @param root the directory holding {@code codemods/}, {@code fixtures/} and {@code golden/}
 */
public record GoldenCase(Path root, String recipe, String name) {

  private static final GoFileParser PARSER = new GoFileParser();
  /** How many syntax errors a problem lists. */
  private static final int SHOWN_ERRORS = 10;

  /** The fixture file. */
  public Path fixture() {
    return root.resolve(GoldenSuite.FIXTURES).resolve(recipe).resolve(name + ".go");
  }

  /** The golden file, which may not exist. */
  public Path golden() {
    return root.resolve(GoldenSuite.GOLDEN).resolve(recipe).resolve(name + ".diff");
  }

  /** The fixture's path relative to the root, as diffs name it: {@code fixtures/RECIPE/NAME.go}. */
  public String relativePath() {
    return GoldenSuite.FIXTURES + "/" + recipe + "/" + name + ".go";
  }

  /** The golden's path relative to the root: {@code golden/RECIPE/NAME.diff}. */
  public String goldenRelativePath() {
    return GoldenSuite.GOLDEN + "/" + recipe + "/" + name + ".diff";
  }

  /**
   * Checks the case with a runner of its recipe. In update mode, the golden is (re)written from
   * the diff when it differs and every other check passed; fixtures are never written.
   *
   * @param runner runs the recipe on one file (the fixture is a package of its own)
   */
  public GoldenResult check(Function<GoSource, FileResult> runner, boolean update) {
    byte[] goldenBytes = readIfExists(golden());
    String expected = goldenBytes == null ? null : new String(goldenBytes, StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();

    // 1. The fixture parses and round-trips.
    GoSource.Decoded decoded = GoSource.decode(relativePath(), read(fixture()));
    if (!decoded.ok()) {
      problems.add("FIXTURE IS NOT UTF-8: " + decoded.error());
      return notRun(expected, problems, update);
    }
    GoSource source = decoded.source();
    ParsedFile parsed = PARSER.parse(source);
    if (parsed.hasErrors()) {
      problems.add("FIXTURE DOES NOT PARSE:\n" + errors(parsed.errors()));
    }
    if (!parsed.printTokens().equals(source.text())) {
      problems.add("FIXTURE DOES NOT ROUND-TRIP: printing its tokens gives another text"
          + firstDifferentLine(source.text(), parsed.printTokens()));
    }
    if (!problems.isEmpty()) {
      return notRun(expected, problems, update);
    }

    // 2. The run, and 3. its diff against the golden.
    FileResult first;
    try {
      first = runner.apply(source);
    } catch (RuntimeException e) {
      problems.add("RUN FAILED: " + stackTrace(e));
      return notRun(expected, problems, update);
    }
    if (!first.errors().isEmpty()) {
      problems.add("RUN REPORTED SYNTAX ERRORS:\n" + errors(first.errors()));
    }
    String output = first.after();
    String actual = UnifiedDiff.of(relativePath(), source.text(), output);
    GoldenStatus status = compare(goldenBytes, actual);

    // 4. The output parses, and 5. a second run changes nothing and finds nothing new.
    GoSource outputSource = new GoSource(relativePath(), output);
    ParsedFile reparsed = PARSER.parse(outputSource);
    if (reparsed.hasErrors()) {
      problems.add("OUTPUT DOES NOT PARSE:\n" + errors(reparsed.errors()));
    } else {
      try {
        FileResult second = runner.apply(outputSource);
        if (!second.after().equals(output)) {
          problems.add("NOT IDEMPOTENT: a second run on the output changed it again:\n"
              + UnifiedDiff.of(relativePath(), output, second.after()));
        }
        List<Finding> added = newFindings(first.findings(), second.findings());
        if (!added.isEmpty()) {
          problems.add("NEW FINDINGS ON A SECOND RUN:\n"
              + added.stream().map(f -> "  " + f.format()).collect(Collectors.joining("\n")));
        }
      } catch (RuntimeException e) {
        problems.add("SECOND RUN FAILED: " + stackTrace(e));
      }
    }

    boolean written = false;
    if (update && problems.isEmpty() && !status.ok()) {
      write(golden(), actual);
      status = GoldenStatus.UPDATED;
      written = true;
    }
    return new GoldenResult(
        this, status, expected, actual, output, first.findings(), problems, update, written);
  }

  private GoldenResult notRun(String expected, List<String> problems, boolean update) {
    return new GoldenResult(
        this, GoldenStatus.NOT_RUN, expected, null, null, List.of(), problems, update, false);
  }

  /** The status of a diff against the golden's bytes (null when there is no golden). */
  static GoldenStatus compare(byte[] golden, String actual) {
    if (golden == null) {
      return GoldenStatus.NO_GOLDEN;
    }
    byte[] got = actual.getBytes(StandardCharsets.UTF_8);
    if (Arrays.equals(golden, got)) {
      return GoldenStatus.MATCH;
    }
    if (golden.length == 0) {
      return GoldenStatus.NOISY;
    }
    return got.length == 0 ? GoldenStatus.MISSING : GoldenStatus.WRONG;
  }

  /**
   * The findings of the second run that the first did not report unfixed. Positions are left out
   * of the comparison, since the first run's fixes move lines.
   */
  static List<Finding> newFindings(List<Finding> first, List<Finding> second) {
    Map<String, Integer> left = new HashMap<>();
    for (Finding f : first) {
      if (!f.fixed()) {
        left.merge(key(f), 1, Integer::sum);
      }
    }
    List<Finding> added = new ArrayList<>();
    for (Finding f : second) {
      Integer n = left.get(key(f));
      if (n == null || n == 0) {
        added.add(f);
      } else {
        left.put(key(f), n - 1);
      }
    }
    return added;
  }

  private static String key(Finding f) {
    return f.recipe() + "/" + f.rule() + ": " + f.message();
  }

  private static String errors(List<SyntaxError> errors) {
    StringBuilder s = new StringBuilder();
    errors.stream().limit(SHOWN_ERRORS).forEach(e -> s.append("  ").append(e).append('\n'));
    if (errors.size() > SHOWN_ERRORS) {
      s.append("  ... and ").append(errors.size() - SHOWN_ERRORS).append(" more\n");
    }
    return s.toString();
  }

  private static String firstDifferentLine(String want, String got) {
    List<String> a = want.lines().toList();
    List<String> b = got.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      if (i >= a.size() || i >= b.size() || !a.get(i).equals(b.get(i))) {
        return " from line " + (i + 1);
      }
    }
    return " (in line endings)";
  }

  private static String stackTrace(RuntimeException e) {
    StringWriter s = new StringWriter();
    e.printStackTrace(new PrintWriter(s));
    return s.toString();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readIfExists(Path file) {
    return Files.isRegularFile(file) ? read(file) : null;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
