package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format json} and {@code --format sarif}. */
class ReportFormatTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  FakeEnvironment env;

  @BeforeEach
  void setUp() throws IOException {
    env = new FakeEnvironment(dir);
    Files.writeString(dir.resolve("a.go"), "package p\n\n// TODO: more\nvar x interface{} = 1\n\nvar é, y interface{}\n");
    Files.writeString(dir.resolve("b.go"), "package p\n\nvar z = 1\n");
    Files.writeString(dir.resolve("bad.go"), "package p\n\nvar = \n");
  }

  @Test
  void jsonIsOneDocumentWithFilesFindingsAndTheDiff() throws IOException {
    CliRun run = CliRun.of(env, "diff", "--recipe", "all", "--recipe", "todo-report", "--format", "json", ".");
    assertEquals(4, run.code(), run::toString);
    JsonNode doc = JSON.readTree(run.out());
    assertEquals("diff", doc.get("command").asString());
    JsonNode files = doc.get("files");
    assertEquals(2, files.size(), run::toString);
    JsonNode a = files.get(0);
    assertEquals("a.go", a.get("path").asString());
    assertTrue(a.get("changed").asBoolean());
    assertTrue(a.get("diff").asString().startsWith("--- a/a.go\n+++ b/a.go\n"));
    JsonNode finding = a.get("findings").get(0);
    assertEquals("todo-report", finding.get("recipe").asString());
    assertEquals("main", finding.get("rule").asString());
    assertEquals("report", finding.get("safety").asString());
    assertEquals("a.go", finding.get("path").asString());
    assertEquals(3, finding.get("line").asInt());
    assertEquals(4, finding.get("column").asInt());
    assertFalse(finding.get("fixed").asBoolean());
    assertTrue(a.get("findings").get(1).get("fixed").asBoolean());
    assertEquals(3, a.get("findings").size());
    JsonNode bad = files.get(1);
    assertEquals("bad.go", bad.get("path").asString());
    assertEquals(3, bad.get("errors").get(0).get("line").asInt());
    assertEquals(doc.get("diff").asString(), a.get("diff").asString());
  }

  @Test
  void checkJsonHasNoDiff() throws IOException {
    CliRun run = CliRun.of(env, "check", "--format", "json", "a.go");
    assertEquals(1, run.code(), run::toString);
    JsonNode doc = JSON.readTree(run.out());
    assertFalse(doc.has("diff"));
    assertFalse(doc.get("files").get(0).has("diff"));
  }

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws IOException {
    CliRun run = CliRun.of(env, "apply", "--recipe", "all", "--recipe", "todo-report", "--dry-run", "--format", "sarif", ".");
    assertEquals(4, run.code(), run::toString);
    assertEquals(List.of(), validate(run.out()), run.out());

    JsonNode log = JSON.readTree(run.out());
    assertEquals("2.1.0", log.get("version").asString());
    JsonNode sarifRun = log.get("runs").get(0);
    JsonNode driver = sarifRun.get("tool").get("driver");
    assertEquals("gofix", driver.get("name").asString());
    assertEquals("interface-any", driver.get("rules").get(0).get("id").asString());
    assertEquals("safe", driver.get("rules").get(0).get("properties").get("safety").asString());
    JsonNode results = sarifRun.get("results");
    assertEquals(3, results.size());
    JsonNode report = results.get(0);
    assertEquals("todo-report", report.get("ruleId").asString());
    assertEquals("note", report.get("level").asString());
    assertFalse(report.has("fixes"));
    JsonNode fixed = results.get(1);
    assertEquals("warning", fixed.get("level").asString());
    JsonNode location = fixed.get("locations").get(0).get("physicalLocation");
    assertEquals("a.go", location.get("artifactLocation").get("uri").asString());
    assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asString());
    assertEquals(4, location.get("region").get("startLine").asInt());
    assertEquals(7, location.get("region").get("startColumn").asInt());
    // One hunk per changed run of lines: lines 4 and 6 are two runs, each owned by its finding.
    JsonNode replacement = fixed.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
    assertEquals(4, replacement.get("deletedRegion").get("startLine").asInt());
    assertEquals(5, replacement.get("deletedRegion").get("endLine").asInt());
    assertEquals("var x any = 1\n", replacement.get("insertedContent").get("text").asString());
    JsonNode second = results.get(2);
    // "var é, y interface{}": byte column 11 is UTF-16 column 10.
    assertEquals(10, second.get("locations").get(0).get("physicalLocation").get("region").get("startColumn").asInt());
    assertEquals(
        "var é, y any\n",
        second.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0)
            .get("insertedContent").get("text").asString());
  }

  @Test
  void sarifOfACleanRunIsValidAndHasNoResults() throws IOException {
    CliRun run = CliRun.of(env, "check", "--format", "sarif", "b.go");
    assertEquals(0, run.code(), run::toString);
    assertEquals(List.of(), validate(run.out()));
    assertEquals(0, JSON.readTree(run.out()).get("runs").get(0).get("results").size());
  }

  @Test
  void sarifSchemaRejectsABrokenLog() throws IOException {
    assertFalse(validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}").isEmpty());
  }

  private static List<Error> validate(String json) throws IOException {
    try (InputStream schemaText =
        ReportFormatTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaText);
      return schema.validate(json, InputFormat.JSON);
    }
  }
}
