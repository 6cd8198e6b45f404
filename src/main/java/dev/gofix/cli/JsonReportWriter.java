package dev.gofix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gofix.diff.UnifiedDiff;
import dev.gofix.recipe.Finding;
import dev.gofix.syntax.SyntaxError;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code --format json}: one JSON document on stdout.
 *
 * <pre>
 * {"command": "apply", "recipes": [{"id", "safety", "summary"}],
 *  "files": [{"path", "changed", "diff", "errors": [{"line", "column", "message"}],
 *             "findings": [{"recipe", "rule", "safety", "path", "line", "column", "message",
 *                           "fixed"}]}],
 *  "diff": "the whole unified diff"}
 * </pre>
 *
 * Files with nothing to say (unchanged, no finding, no error) are left out. {@code diff} (per file
 * and whole) is there for {@code apply} and {@code diff}, not for {@code check}.
 */
final class JsonReportWriter implements ReportWriter {
  @Override
  public void write(RunReport report, PrintWriter out, PrintWriter err) throws IOException {
    JsonGenerator json =
        new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("command", report.command());
    json.writeArrayFieldStart("recipes");
    for (var recipe : report.recipes()) {
      json.writeStartObject();
      json.writeStringField("id", recipe.id());
      json.writeStringField("safety", recipe.safety().label());
      json.writeStringField("summary", recipe.summary());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("files");
    for (FileOutcome file : report.files()) {
      var result = file.result();
      if (!result.changed() && result.findings().isEmpty() && result.errors().isEmpty()) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("path", file.path());
      json.writeBooleanField("changed", result.changed());
      if (!report.check()) {
        json.writeStringField("diff", UnifiedDiff.of(file.path(), result.before(), result.after()));
      }
      json.writeArrayFieldStart("errors");
      for (SyntaxError e : result.errors()) {
        json.writeStartObject();
        json.writeNumberField("line", e.line());
        json.writeNumberField("column", e.column());
        json.writeStringField("message", e.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("findings");
      for (Finding f : result.findings().stream().sorted(RunReport.ORDER).toList()) {
        json.writeStartObject();
        json.writeStringField("recipe", f.recipe());
        json.writeStringField("rule", f.rule());
        json.writeStringField("safety", f.safety().label());
        json.writeStringField("path", file.path());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeStringField("message", f.message());
        json.writeBooleanField("fixed", f.fixed());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!report.check()) {
      json.writeStringField("diff", report.diff());
    }
    json.writeEndObject();
    json.flush();
    out.println();
  }
}
