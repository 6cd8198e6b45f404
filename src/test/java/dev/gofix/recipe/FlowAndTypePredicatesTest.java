package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The predicates value-retained, returned, written-through-later, type-writable, named-type,
 * slice-type-parameter and parameter, the type functions of templates, and rule-level go ranges,
 * run end to end on small packages.
 */
class FlowAndTypePredicatesTest {
  @TempDir Path dir;

  private String run(String where, String fix, String code, Optional<GoVersion> go) throws IOException {
    String yaml = "id: t\nsummary: s\ndescription: d\nsafety: safe\nrules:\n  - id: r\n"
        + "    match: \"$S[$A:$B]\"\n    where:\n" + where
        + (fix.isEmpty() ? "    report: \"hit $S\"\n" : "    fix:\n" + fix);
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    FileResult r = new RecipeRunner(loaded.recipes(), new RunOptions(go, false))
        .run(List.of(new GoSource("p.go", "package p\n\n" + code + "\n"))).get(0);
    if (!fix.isEmpty()) {
      return r.after().substring("package p\n\n".length()).strip();
    }
    return r.findings().stream().map(f -> f.line() - 2 + ":" + f.message()).collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '\'', value = {
      "value-retained(match) ~ func f(s []int, c chan []int) { c <- s[1:] } ~ 1:hit s",
      "value-retained(match) ~ func f(s []int) { go g(s[0:2]) }; func g([]int) {} ~ 1:hit s",
      "value-retained(match) ~ type T struct{ f []int }; func f(s []int, t *T) { t.f = s[1:] } ~ 1:hit s",
      "value-retained(match) ~ var v []int; func f(s []int) { v = s[1:] } ~ 1:hit s",
      "value-retained(match) ~ func f(s []int) { v := s[1:]; _ = v } ~ ''",
      "value-retained(match) ~ func f(s []int, o [][]int) { o = append(o, s[1:]); _ = o } ~ 1:hit s",
      "value-retained(match) ~ func f(s, o []int) { o = append(o, s[1:]...); _ = o } ~ ''",
      "value-retained(match) ~ func f(s []int) { g(s[1:]) }; func g([]int) {} ~ ''",
      "returned(match) ~ func f(s []int) ([]int, error) { return s[1:], nil } ~ 1:hit s",
      "returned(match) ~ func f(s []int) []int { return g(s[1:]) }; func g(x []int) []int { return x } ~ ''",
      "parameter($S) ~ func f(s []int) { _ = s[1:]; t := s; _ = t[1:] } ~ 1:hit s",
      "type-writable($S) ~ type T int; func f(s []T) { _ = s[1:]; { type T string; _ = s[1:] } } ~ 1:hit s",
      "named-type($S) ~ type P []int; func f(s P, t []int) { _ = s[1:]; _ = t[1:] } ~ 1:hit s",
      "slice-type-parameter($S) ~ func f[S ~[]E, E any, T ~string](s S, t T) { _ = s[1:]; _ = t[1:] } ~ 1:hit s",
  })
  void predicateHolds(String predicate, String code, String expected) throws IOException {
    assertEquals(expected, run("      - predicate: " + predicate + "\n", "", code, Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '\'', value = {
      // written-through-later($X, $S): the write must be followed by a read of the parent.
      "func f(s []int) { x := s[0:2]; x[0] = 1; println(s[0]) } ~ 1:hit x",
      "func f(s []int) { x := s[0:2]; x = append(x, 1); println(len(s)) } ~ 1:hit x",
      "func f(s []int) { x := s[0:2]; for i := 0; i < 2; i++ { println(s[i]); x[i]++ } } ~ 1:hit x",
      "func f(s []int) { x := s[0:2]; x[0] = 1 } ~ ''",
      "func f(s []int) { x := s[0:2]; println(s[0], x[0]) } ~ ''",
  })
  void writtenThroughLater(String code, String expected) throws IOException {
    String yaml = "id: t\nsummary: s\ndescription: d\nsafety: safe\nrules:\n  - id: r\n"
        + "    match: \"$X := $S[$A:$B]\"\n    where:\n      - predicate: written-through-later($X, $S)\n"
        + "    report: \"hit $X\"\n";
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    FileResult r = new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource("p.go", "package p\n\n" + code + "\n"))).get(0);
    assertEquals(expected,
        r.findings().stream().map(f -> f.line() - 2 + ":" + f.message()).collect(Collectors.joining(" | ")));
  }

  @Test
  void typeFunctionsSpellTheTypeAndElementType() throws IOException {
    String fix = "      - wrap: match\n        with: \"${type:$S}(append([]${elem-type:$S}(nil), $_...))\"\n";
    assertEquals("type P []*int\n\nfunc f(s P, c chan P) { c <- P(append([]*int(nil), s[1:]...)) }",
        run("      - predicate: value-retained(match)\n", fix,
            "type P []*int\n\nfunc f(s P, c chan P) { c <- s[1:] }", Optional.empty()));
  }

  @Test
  void typeFunctionRefusesWhatCannotBeWritten() throws IOException {
    String fix = "      - wrap: match\n        with: \"append([]${elem-type:$S}(nil), $_...)\"\n";
    String code = "type T int\n\nfunc f(s []T, c chan []T) {\n\ttype T string\n\tc <- s[1:]\n}";
    assertEquals(code, run("      - predicate: value-retained(match)\n", fix, code, Optional.empty()));
  }

  @Test
  void ruleGoRangeNarrowsTheFiles() throws IOException {
    String yaml = "id: t\nsummary: s\ndescription: d\nsafety: report\nrules:\n"
        + "  - id: new\n    go: \">=1.21\"\n    match: \"$S[$A:$B]\"\n    report: new\n"
        + "  - id: old\n    go: \"<1.21\"\n    match: \"$S[$A:$B]\"\n    report: old\n";
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    for (String[] c : new String[][] {{"1.20", "old"}, {"1.21", "new"}}) {
      FileResult r = new RecipeRunner(loaded.recipes(), new RunOptions(Optional.of(GoVersion.parse(c[0])), false))
          .run(List.of(new GoSource("p.go", "package p\n\nvar s []int\nvar _ = s[1:]\n"))).get(0);
      assertEquals(List.of(c[1]), r.findings().stream().map(Finding::message).toList());
    }
  }
}
