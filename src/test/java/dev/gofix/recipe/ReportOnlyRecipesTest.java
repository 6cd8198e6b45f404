package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report-only recipes on their fixtures, finding by finding: goldens record only diffs, and
 * these recipes never edit, so their findings are checked here.
 */
class ReportOnlyRecipesTest {

  private static List<String> findings(String recipe, String fixture) throws IOException {
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(Path.of("codemods", recipe + ".yaml"));
    assertEquals(List.of(), loaded.errors());
    Recipe r = loaded.recipes().get(0);
    assertEquals(Safety.REPORT, r.safety());
    String path = "fixtures/" + recipe + "/" + fixture + ".go";
    String text = Files.readString(Path.of(path));
    FileResult result = new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource(path, text))).get(0);
    assertEquals(text, result.after(), "a report-only recipe edited " + path);
    assertTrue(result.findings().stream().noneMatch(Finding::fixed));
    return result.findings().stream().map(Finding::format).sorted().toList();
  }

  private static String at(String recipe, String fixture, int line, int column, String message) {
    return "fixtures/" + recipe + "/" + fixture + ".go:" + line + ":" + column + ": [" + recipe + "] "
        + message;
  }

  @Test
  void receiverMix() throws IOException {
    String lost = "lost_writes";
    assertEquals(List.of(
        at("receiver-mix", lost, 14, 2, "Reset has a value receiver, so this write to c.n changes a copy"
            + " and is lost when Reset returns, while other methods of Counter take a pointer receiver"),
        at("receiver-mix", lost, 20, 2, "Bump has a value receiver, so this write to c.n changes a copy"
            + " and is lost when Bump returns, while other methods of Counter take a pointer receiver"),
        at("receiver-mix", lost, 25, 21, "Rename has a value receiver, so this write to c.name changes a"
            + " copy and is lost when Rename returns, while other methods of Counter take a pointer"
            + " receiver"),
        at("receiver-mix", lost, 26, 2, "Rename has a value receiver, so this write to c.flags changes a"
            + " copy and is lost when Rename returns, while other methods of Counter take a pointer"
            + " receiver"),
        at("receiver-mix", lost, 38, 2, "Clear has a value receiver, so this write to l.size changes a"
            + " copy and is lost when Clear returns, while other methods of List[T] take a pointer"
            + " receiver")),
        findings("receiver-mix", lost));
    assertEquals(List.of(), findings("receiver-mix", "kept_writes"));
  }

  @Test
  void embedShadow() throws IOException {
    String hidden = "hidden";
    String method = " hides the method %s promoted from a type it embeds, so calls of %s on it no longer"
        + " reach the embedded method";
    String field = "the field %s hides the method %s promoted from a type this struct embeds, so %s on a"
        + " value of it is the field, not the method";
    assertEquals(List.of(
        at("embed-shadow", hidden, 19, 1, "the method Close declared on *Outer"
            + method.formatted("Close", "Close")),
        at("embed-shadow", hidden, 21, 1, "the method Size declared on Outer"
            + method.formatted("Size", "Size")),
        at("embed-shadow", hidden, 24, 15, field.formatted("Name", "Name", "Name")),
        at("embed-shadow", hidden, 40, 1, "the method Get declared on Box[T]"
            + method.formatted("Get", "Get")),
        at("embed-shadow", hidden, 43, 10, field.formatted("Size", "Size", "Size"))),
        findings("embed-shadow", hidden));
    assertEquals(List.of(), findings("embed-shadow", "distinct"));
  }

  @Test
  void typedNilError() throws IOException {
    String nil = "nil_pointer";
    String message = "%s may be a nil pointer here, and a nil pointer returned as an error makes an"
        + " error that is not == nil, so return nil explicitly when there is no error";
    assertEquals(List.of(
        at("typed-nil-error", nil, 16, 2, message.formatted("perr")),
        at("typed-nil-error", nil, 26, 2, message.formatted("perr")),
        at("typed-nil-error", nil, 36, 3, message.formatted("e")),
        at("typed-nil-error", nil, 54, 2, message.formatted("perr"))),
        findings("typed-nil-error", nil));
    assertEquals(List.of(), findings("typed-nil-error", "explicit_nil"));
  }
}
