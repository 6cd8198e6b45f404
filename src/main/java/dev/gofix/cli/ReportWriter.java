package dev.gofix.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** Prints a {@link RunReport} in one of the {@code --format}s. */
interface ReportWriter {
  void write(RunReport report, PrintWriter out, PrintWriter err) throws IOException;

  /** The values of {@code --format}. */
  enum Format {
    text,
    json,
    sarif;

    ReportWriter writer(String version) {
      return switch (this) {
        case text -> new TextReportWriter();
        case json -> new JsonReportWriter();
        case sarif -> new SarifReportWriter(version);
      };
    }
  }
}
