package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.match.TestPatterns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecipeLoaderTest {
  @TempDir Path dir;

  private final RecipeLoader loader = new RecipeLoader(TestPatterns::compile);

  /** Five lines of a valid recipe head; the rules written after it start on line 6. */
  private static final String HEAD =
      """
      id: t
      summary: s
      description: d
      safety: safe
      rules:
      """;

  private static final String REPORT_HEAD = HEAD.replace("safety: safe", "safety: report");

  static Stream<Arguments> errorCases() {
    return Stream.of(
        Arguments.of(
            "unknown top-level key",
            """
            id: t
            summary: s
            description: d
            safety: safe
            colour: red
            rules:
              - id: r
                match: f($X)
                report: found $X
            """,
            List.of(
                "t.yaml:5:1: unknown key \"colour\"; allowed: id, summary, description, safety, go, rules")),
        Arguments.of(
            "every missing required key of the file",
            """
            id: t
            description: d
            rules:
              - id: r
                match: f()
                report: r
            """,
            List.of(
                "t.yaml:1:1: missing required key \"summary\"",
                "t.yaml:1:1: missing required key \"safety\"")),
        Arguments.of(
            "wrong type",
            HEAD.replace("summary: s", "summary: [a, b]") + "  - {id: r, match: f(), report: r}\n",
            List.of("t.yaml:2:10: \"summary\" must be a string, not a list")),
        Arguments.of(
            "empty value",
            HEAD.replace("description: d", "description:") + "  - {id: r, match: f(), report: r}\n",
            List.of("t.yaml:3:13: \"description\" must be a string, not empty")),
        Arguments.of(
            "bad safety",
            HEAD.replace("safety: safe", "safety: maybe") + "  - {id: r, match: f(), report: r}\n",
            List.of("t.yaml:4:9: safety must be safe, review or report, not \"maybe\"")),
        Arguments.of(
            "go without bound",
            HEAD.replace("rules:", "go: \"1.18\"\nrules:") + "  - {id: r, match: f(), report: r}\n",
            List.of(
                "t.yaml:5:5: bad go version range: Go version bound must be \">=1.N\" or \"<1.N\", not \"1.18\"")),
        Arguments.of(
            "go with a bad version",
            HEAD.replace("rules:", "go: \">=1.x\"\nrules:") + "  - {id: r, match: f(), report: r}\n",
            List.of("t.yaml:5:5: bad go version range: not a Go version: 1.x")),
        Arguments.of(
            "empty go range",
            HEAD.replace("rules:", "go: \">=1.22 <1.18\"\nrules:") + "  - {id: r, match: f(), report: r}\n",
            List.of("t.yaml:5:5: the Go version range \">=1.22 <1.18\" is empty")),
        Arguments.of(
            "id is not the file name",
            HEAD.replace("id: t", "id: other") + "  - {id: r, match: f(), report: r}\n",
            List.of("t.yaml:1:5: id \"other\" must equal the file name \"t\"")),
        Arguments.of(
            "no rules",
            HEAD.replace("rules:", "rules: []"),
            List.of("t.yaml:5:8: \"rules\" must not be empty")),
        Arguments.of(
            "YAML syntax",
            HEAD.replace("summary: s", "summary: a: b"),
            List.of("t.yaml:2:11: YAML syntax error: mapping values are not allowed here")),
        Arguments.of(
            "bad rule id",
            HEAD + "  - id: Add_First\n    match: f()\n    report: r\n",
            List.of("t.yaml:6:9: a rule id is made of a-z, 0-9 and -, not \"Add_First\"")),
        Arguments.of(
            "duplicate rule ids",
            HEAD
                + """
                  - id: r
                    match: f()
                    report: x
                  - id: r
                    match: g()
                    report: y
                """,
            List.of("t.yaml:9:9: duplicate rule id \"r\" (first at line 6)")),
        Arguments.of(
            "unknown rule key and missing match",
            HEAD + "  - id: r\n    pattern: f()\n    report: x\n",
            List.of(
                "t.yaml:6:5: missing required key \"match\"",
                "t.yaml:7:5: unknown key \"pattern\"; allowed: id, go, match, where, fix, report")),
        Arguments.of(
            "neither fix nor report",
            HEAD + "  - id: r\n    match: f()\n",
            List.of("t.yaml:6:5: a rule needs a fix, a report or both")),
        Arguments.of(
            "empty fix list",
            HEAD + "  - id: r\n    match: f()\n    fix: []\n",
            List.of(
                "t.yaml:8:10: \"fix\" must not be empty; leave it out for a rule that only reports")),
        Arguments.of(
            "safety report with a fix",
            REPORT_HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - delete: $X\n",
            List.of("t.yaml:8:5: a recipe with safety: report cannot have a fix; use report")),
        Arguments.of(
            "fix target not bound",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - delete: $Y\n",
            List.of(
                "t.yaml:9:17: $Y is not bound by the match, a where pattern, a fresh-name or an import")),
        Arguments.of(
            "target that is no metavariable",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - delete: X\n",
            List.of("t.yaml:9:17: a target is match or a metavariable ($X, $$$X), not \"X\"")),
        Arguments.of(
            "templates mentioning unbound metavariables",
            HEAD
                + """
                  - id: r
                    match: f($X)
                    fix:
                      - replace: match
                        with: g($X, $Z)
                    report: "bad $$$W here"
                """,
            List.of(
                "t.yaml:10:21: $Z is not bound by the match, a where pattern, a fresh-name or an import",
                "t.yaml:11:18: $$$W is not bound by the match, a where pattern, a fresh-name or an import")),
        Arguments.of(
            "fresh-name of a metavariable the pattern binds",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - fresh-name: $X\n        name: x\n",
            List.of("t.yaml:9:21: $X is already bound by the rule's patterns")),
        Arguments.of(
            "fresh-name with a bad name",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - fresh-name: $N\n        name: 2x\n",
            List.of("t.yaml:10:15: \"name\" must be a Go identifier, possibly with ${X} parts, not \"2x\"")),
        Arguments.of(
            "action with a key of another action",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - replace: $X\n        text: y\n",
            List.of(
                "t.yaml:9:9: replace needs \"with\"",
                "t.yaml:10:9: unknown key \"text\"; allowed: replace, with")),
        Arguments.of(
            "two actions in one item",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - delete: $X\n        wrap: $X\n",
            List.of(
                "t.yaml:10:9: a fix item takes exactly one of replace, insert-before, insert-after, wrap,"
                    + " delete, move, fresh-name, import, each, find-variable, zero-values; found delete and wrap")),
        Arguments.of(
            "move without anchor",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - move: $X\n",
            List.of("t.yaml:9:9: move needs \"before\" or \"after\"")),
        Arguments.of(
            "move with both anchors",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - {move: $X, before: match, after: match}\n",
            List.of("t.yaml:9:35: move takes before or after, not both")),
        Arguments.of(
            "bad import path",
            HEAD + "  - id: r\n    match: f($X)\n    fix:\n      - import: \"a b\"\n",
            List.of(
                "t.yaml:9:17: an import path is written bare (sync, golang.org/x/sync/errgroup), not \"a b\"")),
        Arguments.of(
            "where that is no list",
            HEAD + "  - id: r\n    match: f($X)\n    where: $X\n    report: r\n",
            List.of("t.yaml:8:12: \"where\" must be a list, not a string")),
        Arguments.of(
            "unknown predicate",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - predicate: frobs($X)\n    report: r\n",
            List.of(
                "t.yaml:9:20: unknown predicate \"frobs\"; known: "
                    + String.join(", ", new java.util.TreeSet<>(dev.gofix.match.Predicates.ARITY.keySet())))),
        Arguments.of(
            "predicate with too many arguments",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - not-predicate: in-loop($X, match)\n    report: r\n",
            List.of("t.yaml:9:24: predicate \"in-loop\" takes 1 argument, not 2")),
        Arguments.of(
            "predicate argument that is not bound",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - predicate: refers-to($X, $$$P)\n    report: r\n",
            List.of(
                "t.yaml:9:34: $$$P is not bound by the match, a where pattern, a fresh-name or an import")),
        Arguments.of(
            "predicate argument that is no name",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - predicate: has-comment(f(x))\n    report: r\n",
            List.of("t.yaml:9:32: a predicate argument is $X, $$$X, match or a name, not \"f(x)\"")),
        Arguments.of(
            "bad regex",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - metavariable: $X\n        regex: \"([\"\n    report: r\n",
            List.of("t.yaml:10:16: bad regex: Unclosed character class at index 1")),
        Arguments.of(
            "bad kind",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - metavariable: $X\n        kind: list\n    report: r\n",
            List.of(
                "t.yaml:10:15: kind must be one of slice, map, string, chan, pointer, struct, array,"
                    + " func, interface, basic, not \"list\"")),
        Arguments.of(
            "metavariable constraint with two conditions",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - metavariable: $X\n        regex: a\n        kind: map\n    report: r\n",
            List.of(
                "t.yaml:11:9: a metavariable constraint takes exactly one of pattern, regex, not-regex,"
                    + " kind, elem-kind, type, package, has, not-has; found regex and kind")),
        Arguments.of(
            "metavariable constraint on an unbound metavariable",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - metavariable: $Q\n        type: string\n    report: r\n",
            List.of(
                "t.yaml:9:23: $Q is not bound by the match, a where pattern, a fresh-name or an import")),
        Arguments.of(
            "metavariable written without dollar",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - metavariable: X\n        type: string\n    report: r\n",
            List.of("t.yaml:9:23: \"metavariable\" must be written $X or $$$X (upper case), not \"X\"")),
        Arguments.of(
            "where item with an unknown key",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - inside: g()\n        extra: 1\n    report: r\n",
            List.of("t.yaml:10:9: unknown key \"extra\"; allowed: inside")),
        Arguments.of(
            "where item with a misspelt key",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - insdie: g()\n    report: r\n",
            List.of(
                "t.yaml:9:9: unknown key \"insdie\"; allowed: metavariable, not, inside, not-inside, has,"
                    + " not-has, followed-by, not-followed-by, preceded-by, not-preceded-by, predicate,"
                    + " not-predicate, some, none")),
        Arguments.of(
            "two relations in one where item",
            HEAD + "  - id: r\n    match: f($X)\n    where:\n      - inside: g()\n        has: h()\n    report: r\n",
            List.of(
                "t.yaml:10:9: a where item takes exactly one of not, inside, not-inside, has, not-has,"
                    + " followed-by, not-followed-by, preceded-by, not-preceded-by, predicate, not-predicate,"
                    + " some, none; found inside and has")),
        Arguments.of(
            "duplicate key",
            HEAD + "  - id: r\n    match: f($X)\n    report: a\n    report: b\n",
            List.of("t.yaml:9:5: duplicate key \"report\"")),
        Arguments.of(
            "folded pattern",
            HEAD + "  - id: r\n    match: >\n      f($X)\n    report: a\n",
            List.of(
                "t.yaml:7:12: write a pattern as a literal block (|), not a folded one (>), which joins"
                    + " its lines")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorCases")
  void reportsErrorsAtTheirPositions(String name, String yaml, List<String> expected)
      throws IOException {
    RecipeLoader.Loaded loaded = loader.loadFile(write("t.yaml", yaml));
    assertEquals(expected, messages(loaded));
    assertEquals(List.of(), loaded.recipes());
  }

  static Stream<Arguments> patternErrorCases() {
    return Stream.of(
        Arguments.of("plain", "    match: f(@)\n", "t.yaml:7:14: unexpected @"),
        Arguments.of("double-quoted", "    match: \"f(@)\"\n", "t.yaml:7:15: unexpected @"),
        Arguments.of("single-quoted", "    match: 'f(@)'\n", "t.yaml:7:15: unexpected @"),
        Arguments.of(
            "literal block, first line",
            "    match: |\n      @f()\n",
            "t.yaml:8:7: unexpected @"),
        Arguments.of(
            "literal block, later line",
            "    match: |\n      go func() {\n          @x\n      }()\n",
            "t.yaml:9:11: unexpected @"),
        Arguments.of(
            "literal block after a blank line",
            "    match: |\n\n      f()\n        @x\n",
            "t.yaml:10:9: unexpected @"),
        Arguments.of(
            "literal block with an indentation indicator",
            "    match: |2\n        @x\n",
            "t.yaml:8:9: unexpected @"),
        Arguments.of(
            "where pattern in a block",
            "    match: f($X)\n    where:\n      - not-inside: |\n          for {\n            @\n          }\n",
            "t.yaml:11:13: unexpected @"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patternErrorCases")
  void patternErrorsAreAtTheirPlaceInTheFile(String name, String ruleBody, String expected)
      throws IOException {
    String yaml = HEAD + "  - id: r\n" + ruleBody + "    report: r\n";
    assertEquals(List.of(expected), messages(loader.loadFile(write("t.yaml", yaml))));
  }

  @Test
  void collectsErrorsOfEveryRuleAndGoesOnWithOtherFiles() throws IOException {
    write("a.yaml", HEAD.replace("id: t", "id: a") + "  - {id: r, match: f(@), report: r}\n"
        + "  - {id: s, match: g(), fix: [{delete: $Y}]}\n");
    write("b.yaml", HEAD.replace("id: t", "id: b") + "  - {id: r, match: f(), report: r}\n");
    RecipeLoader.Loaded loaded = loader.loadDirectory(dir);
    assertEquals(
        List.of(
            "a.yaml:6:22: unexpected @",
            "a.yaml:7:40: $Y is not bound by the match, a where pattern, a fresh-name or an import"),
        messages(loaded));
    assertEquals(List.of("b"), loaded.recipes().stream().map(Recipe::id).toList());
  }

  @Test
  void duplicateRecipeIdsNameBothFiles() throws IOException {
    String yaml = HEAD.replace("id: t", "id: same") + "  - {id: r, match: f(), report: r}\n";
    Path first = Files.createDirectories(dir.resolve("one")).resolve("same.yaml");
    Path second = Files.createDirectories(dir.resolve("two")).resolve("same.yaml");
    Files.writeString(first, yaml);
    Files.writeString(second, yaml);
    RecipeLoader.Loaded loaded = loader.loadFiles(List.of(first, second));
    assertEquals(
        List.of(second + ":1:5: duplicate recipe id \"same\", also defined in " + first),
        loaded.errors().stream().map(RecipeError::toString).toList());
    assertEquals(List.of(first), loaded.recipes().stream().map(Recipe::file).toList());
  }

  @Test
  void missingFileIsAnError() {
    RecipeLoader.Loaded loaded = loader.loadFile(dir.resolve("nope.yaml"));
    assertEquals(1, loaded.errors().size());
    assertTrue(loaded.errors().get(0).message().startsWith("cannot read recipe: "));
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    assertEquals(
        List.of(
            "t.yaml:1:1: the file holds no recipe; expected a mapping with keys id, summary,"
                + " description, safety, go, rules"),
        messages(loader.loadFile(write("t.yaml", "# nothing\n"))));
  }

  @Test
  void directoryReadsOnlyYamlFilesInNameOrder() throws IOException {
    write("b.yaml", HEAD.replace("id: t", "id: b") + "  - {id: r, match: f(), report: r}\n");
    write("a.yaml", HEAD.replace("id: t", "id: a") + "  - {id: r, match: f(), report: r}\n");
    write("notes.txt", "not a recipe");
    RecipeLoader.Loaded loaded = loader.loadDirectory(dir);
    assertEquals(List.of(), loaded.errors());
    assertEquals(List.of("a", "b"), loaded.recipes().stream().map(Recipe::id).toList());
  }

  @Test
  void builtinsFromAMissingOrEmptyDirectoryAreNone() throws IOException {
    assertEquals(new RecipeLoader.Loaded(List.of(), List.of()), loader.builtins(dir.resolve("codemods")));
    Path codemods = Files.createDirectories(dir.resolve("codemods"));
    assertEquals(new RecipeLoader.Loaded(List.of(), List.of()), loader.builtins(codemods));
  }

  @Test
  void builtinsReadTheCodemodsDirectory() throws IOException {
    Path codemods = Files.createDirectories(dir.resolve("codemods"));
    Files.writeString(codemods.resolve("x.yaml"),
        HEAD.replace("id: t", "id: x") + "  - {id: r, match: f(), report: r}\n");
    RecipeLoader.Loaded loaded = loader.builtins(codemods);
    assertEquals(List.of(), loaded.errors());
    assertEquals(List.of("x"), loaded.recipes().stream().map(Recipe::id).toList());
  }

  @Test
  void unwantedBuiltinsArePassedOverWithoutReadingTheirRules() throws IOException {
    Path codemods = Files.createDirectories(dir.resolve("codemods"));
    Files.writeString(codemods.resolve("x.yaml"),
        HEAD.replace("id: t", "id: x") + "  - {id: r, match: f(), report: r}\n");
    // A rule with an unknown key: reading it in full would be an error.
    Path y = Files.writeString(codemods.resolve("y.yaml"),
        HEAD.replace("id: t", "id: y").replace("safety: safe", "safety: report") + "  - {id: r, match: f(), report: r, fixx: 1}\n");
    RecipeLoader.Loaded loaded = loader.builtins(codemods, (id, safety) -> safety == Safety.SAFE);
    assertEquals(List.of(), loaded.errors());
    assertEquals(List.of("x"), loaded.recipes().stream().map(Recipe::id).toList());
    assertEquals(java.util.Map.of("y", y), loaded.passedOver());
    RecipeLoader.Loaded all = loader.builtins(codemods);
    assertEquals(List.of("x"), all.recipes().stream().map(Recipe::id).toList());
    assertEquals(1, all.errors().size(), all.errors()::toString);
  }

  @Test
  void builtinsOnTheClasspathLoadWithoutErrors() {
    assertEquals(List.of(), loader.builtins().errors());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** The errors as {@code name.yaml:line:col: message}, with the directory left out. */
  static List<String> messages(RecipeLoader.Loaded loaded) {
    return loaded.errors().stream()
        .map(e -> Path.of(e.file()).getFileName() + ":" + e.line() + ":" + e.column() + ": " + e.message())
        .toList();
  }
}
