package dev.gofix.recipe;

import java.util.List;

/**
 * What checking one golden case gave: the status of its diff against the golden, the problems
 * found by the other checks, and the output for checks made later (gofmt, go vet).
 *
 * @param expected the golden's text, null when there is no golden
 * @param actual the diff of the first run, null when the case was not run
 * @param output the fixture's text after the first run, null when the case was not run
 * @param findings the findings of the first run
 * @param problems what failed besides the diff comparison, each starting with an upper-case tag
 *     such as {@code OUTPUT DOES NOT PARSE}; empty when all went well
 * @param update whether the case was checked in update mode
 * @param goldenWritten whether update mode wrote the golden
 */
public record GoldenResult(
    GoldenCase goldenCase,
    GoldenStatus status,
    String expected,
    String actual,
    String output,
    List<Finding> findings,
    List<String> problems,
    boolean update,
    boolean goldenWritten) {

  public GoldenResult {
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
  }

  /** Whether the case passes: its diff is as the golden says, and no other check failed. */
  public boolean passed() {
    return status.ok() && problems.isEmpty();
  }

  /** A report of the case for a failure message: status, both diffs where useful, problems. */
  public String report() {
    String fixture = goldenCase.relativePath();
    String golden = goldenCase.goldenRelativePath();
    StringBuilder s = new StringBuilder();
    s.append(fixture).append(": ").append(status.label());
    switch (status) {
      case MATCH -> s.append(" (").append(golden).append(")\n");
      case UPDATED -> s.append(": wrote ").append(golden).append('\n');
      case MISSING -> {
        s.append(": ").append(golden).append(" expects a change, but the fixture was left as it is\n");
        section(s, "expected (" + golden + ")", expected);
      }
      case NOISY -> {
        s.append(": ").append(golden).append(" is empty (no change expected), but the fixture changed\n");
        section(s, "actual", actual);
      }
      case WRONG -> {
        s.append(": the diff differs from ").append(golden).append(firstDifference()).append('\n');
        section(s, "expected (" + golden + ")", expected);
        section(s, "actual", actual);
      }
      case NO_GOLDEN -> {
        s.append(": there is no ").append(golden)
            .append(actual.isEmpty() ? " (the fixture was left as it is: an empty golden)" : "")
            .append('\n');
        if (!actual.isEmpty()) {
          section(s, "actual", actual);
        }
      }
      case NOT_RUN -> s.append(": no diff to compare\n");
    }
    for (String problem : problems) {
      s.append(problem.endsWith("\n") ? problem : problem + "\n");
    }
    if (update && !goldenWritten && !problems.isEmpty()) {
      s.append("golden not written: update mode writes goldens only for cases that pass the other checks\n");
    }
    return s.toString();
  }

  private String firstDifference() {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      if (i >= want.size() || i >= got.size() || !want.get(i).equals(got.get(i))) {
        return " from its line " + (i + 1);
      }
    }
    return " (in line endings or the last newline)";
  }

  private static void section(StringBuilder s, String title, String text) {
    s.append("----- ").append(title).append(" -----\n").append(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      s.append("\n(no newline at the end)\n");
    }
    s.append("----- end -----\n");
  }
}
