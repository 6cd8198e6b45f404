package dev.gofix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gofix.recipe.Finding;
import dev.gofix.recipe.Recipe;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: a SARIF 2.1.0 log with one run.
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: one per recipe that ran, with its summary, description and
 *       {@code properties.safety}.
 *   <li>{@code results}: one per finding. A finding whose fix was made has level {@code warning}
 *       and carries the fix in {@code fixes}; a report-only finding has level {@code note}, since
 *       gofix could not prove the problem it suspects (that is why it did not fix it).
 *   <li>Locations are paths relative to the run's root ({@code uriBaseId} {@code %SRCROOT%}),
 *       columns in UTF-16 code units, SARIF's default.
 *   <li>A fix holds one replacement per changed run of lines of the file, of whole lines. Each
 *       replacement goes to the fixed finding on its lines, else to the file's first fixed
 *       finding, so the fixes of a file together make its whole change.
 * </ul>
 */
final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  // TODO(#4): the project's public address, once it has one.
  static final String INFORMATION_URI = "https://github.com/gofix-dev/gofix";

  private final String version;

  SarifReportWriter(String version) {
    this.version = version;
  }

  @Override
  public void write(RunReport report, PrintWriter out, PrintWriter err) throws IOException {
    JsonGenerator json =
        new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    writeTool(json, report.recipes());
    json.writeArrayFieldStart("results");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < report.recipes().size(); i++) {
      ruleIndex.put(report.recipes().get(i).id(), i);
    }
    for (FileOutcome file : report.files()) {
      writeResults(json, file, ruleIndex);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.println();
  }

  private void writeTool(JsonGenerator json, List<Recipe> recipes) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "gofix");
    json.writeStringField("version", version);
    json.writeStringField("informationUri", INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (Recipe recipe : recipes) {
      json.writeStartObject();
      json.writeStringField("id", recipe.id());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", recipe.summary());
      json.writeEndObject();
      json.writeObjectFieldStart("fullDescription");
      json.writeStringField("text", recipe.description());
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeStringField("safety", recipe.safety().label());
      json.writeStringField("go", recipe.go().toString());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResults(JsonGenerator json, FileOutcome file, Map<String, Integer> ruleIndex)
      throws IOException {
    var result = file.result();
    List<Finding> findings = result.findings().stream().sorted(RunReport.ORDER).toList();
    // Which fixed finding carries which replacement.
    Map<Finding, List<LineReplacements.Replacement>> fixes = new HashMap<>();
    List<Finding> fixed = findings.stream().filter(Finding::fixed).toList();
    if (!fixed.isEmpty() && result.changed()) {
      for (LineReplacements.Replacement r : LineReplacements.of(result.before(), result.after())) {
        Finding owner =
            fixed.stream().filter(f -> r.covers(f.line())).findFirst().orElse(fixed.get(0));
        fixes.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
      }
    }
    String uri = uri(file.path());
    for (Finding f : findings) {
      json.writeStartObject();
      json.writeStringField("ruleId", f.recipe());
      Integer index = ruleIndex.get(f.recipe());
      if (index != null) {
        json.writeNumberField("ruleIndex", index);
      }
      json.writeStringField("level", f.fixed() ? "warning" : "note");
      json.writeObjectFieldStart("message");
      json.writeStringField("text", f.message());
      json.writeEndObject();
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      writeArtifact(json, uri);
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", Math.max(1, f.line()));
      json.writeNumberField(
          "startColumn", Math.max(1, LineReplacements.utf16Column(result.before(), f.line(), f.column())));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeObjectFieldStart("properties");
      json.writeStringField("rule", f.rule());
      json.writeStringField("safety", f.safety().label());
      json.writeBooleanField("fixed", f.fixed());
      json.writeEndObject();
      List<LineReplacements.Replacement> mine = fixes.get(f);
      if (mine != null) {
        writeFix(json, uri, f, mine);
      }
      json.writeEndObject();
    }
  }

  private static void writeFix(
      JsonGenerator json, String uri, Finding f, List<LineReplacements.Replacement> replacements)
      throws IOException {
    json.writeArrayFieldStart("fixes");
    json.writeStartObject();
    json.writeObjectFieldStart("description");
    json.writeStringField("text", "gofix " + f.recipe() + ": " + f.message());
    json.writeEndObject();
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    writeArtifact(json, uri);
    json.writeArrayFieldStart("replacements");
    for (LineReplacements.Replacement r : replacements) {
      json.writeStartObject();
      json.writeObjectFieldStart("deletedRegion");
      json.writeNumberField("startLine", r.startLine());
      json.writeNumberField("startColumn", r.startColumn());
      json.writeNumberField("endLine", r.endLine());
      json.writeNumberField("endColumn", r.endColumn());
      json.writeEndObject();
      json.writeObjectFieldStart("insertedContent");
      json.writeStringField("text", r.inserted());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeArtifact(JsonGenerator json, String uri) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri);
    json.writeStringField("uriBaseId", "%SRCROOT%");
    json.writeEndObject();
  }

  /** A relative path as a URI reference: each name percent-encoded where needed. */
  static String uri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }
}
