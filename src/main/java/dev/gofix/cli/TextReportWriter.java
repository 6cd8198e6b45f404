package dev.gofix.cli;

import dev.gofix.recipe.Finding;
import java.io.PrintWriter;

/**
 * The default output, as Go tools print: {@code check} prints every finding on stdout; {@code
 * apply} and {@code diff} print the findings that were not fixed on stderr, and the diff on stdout
 * when one is asked for. Fixed findings are not printed by them: the diff shows the fixes.
 */
final class TextReportWriter implements ReportWriter {
  @Override
  public void write(RunReport report, PrintWriter out, PrintWriter err) {
    for (Finding f : report.findings()) {
      if (report.check()) {
        out.println(f.format());
      } else if (!f.fixed()) {
        err.println(f.format());
      }
    }
    if (report.showDiff()) {
      out.print(report.diff());
    }
  }
}
