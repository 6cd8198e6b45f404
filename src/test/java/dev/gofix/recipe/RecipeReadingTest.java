package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.match.Constraint;
import dev.gofix.match.Pattern;
import dev.gofix.match.PatternSource;
import dev.gofix.match.TestPatterns;
import dev.gofix.rewrite.FixAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recipe using every feature of the format, read into the records it stands for. */
class RecipeReadingTest {
  @TempDir Path dir;

  static final String FULL =
      """
      # yaml-language-server: $schema=../docs/recipe.schema.json
      id: waitgroup-add
      summary: Call Add before starting the goroutine
      description: |
        `wg.Add` inside the goroutine races with `wg.Wait`.
      safety: review
      go: ">=1.18 <1.30"
      rules:
        - id: add-first
          match: |
            go func($$$P) {
                $ADD
                $$$REST
            }($$$A)
          where:
            - metavariable: $ADD
              pattern: $WG.Add($N)
            - metavariable: $N
              regex: "^[0-9]+$"
            - metavariable: $N
              not-regex: "^0$"
            - metavariable: $$$A
              kind: slice
            - metavariable: $WG
              type: "*sync.WaitGroup"
            - not: "$X == nil"
            - inside: "for $$$H { $$$B }"
            - not-inside: "func init() { $$$B }"
            - has: $N
            - not-has: "@x"
            - followed-by: $WG.Wait()
            - not-followed-by: return
            - predicate: refers-to($N, $$$P)
            - not-predicate: in-loop(match)
            - predicate: predeclared(any)
            - predicate: is-main-main()
          fix:
            - replace: $ADD
              with: any
            - insert-before: match
              text: "$WG.Add($N)"
            - insert-after: $ADD
              text: "defer $CANCEL()"
            - wrap: $$$REST
              with: "func() {\\n$_\\n}()"
            - delete: $ADD
            - move: $ADD
              before: match
            - move: $ADD
              after: $$$REST
            - fresh-name: $CANCEL
              name: cancel
            - import: sync
              as: $SYNC
            - import: context
          report: "started with $SYNC.WaitGroup $N"
        - id: report-only
          match: f()
          report: f is called
      """;

  @Test
  void readsEveryFeatureIntoItsRecord() throws IOException {
    Path file = Files.writeString(dir.resolve("waitgroup-add.yaml"),
        FULL.replace("not-has: \"@x\"", "not-has: \"$X.y\""));
    RecipeLoader.Loaded loaded = new RecipeLoader(TestPatterns::compile).loadFile(file);
    assertEquals(List.of(), loaded.errors());
    Recipe recipe = loaded.recipes().get(0);
    assertEquals("waitgroup-add", recipe.id());
    assertEquals("Call Add before starting the goroutine", recipe.summary());
    assertEquals("`wg.Add` inside the goroutine races with `wg.Wait`.\n", recipe.description());
    assertEquals(Safety.REVIEW, recipe.safety());
    assertEquals(new GoVersionRange(Optional.of(new GoVersion(1, 18)), Optional.of(new GoVersion(1, 30))),
        recipe.go());
    assertEquals(file, recipe.file());
    assertEquals(2, recipe.rules().size());

    Rule rule = recipe.rules().get(0);
    assertEquals("add-first", rule.id());
    assertEquals("go func($$$P) {\n    $ADD\n    $$$REST\n}($$$A)\n", rule.match().source().text());
    assertEquals(new PatternSource(rule.match().source().text(), file.toString(), 11, 7, 6),
        rule.match().source());
    assertEquals(Set.of("P", "ADD", "REST", "A"), rule.match().metavariables());
    assertEquals(
        List.of(
            "MetavariablePattern(ADD, $WG.Add($N) [N, WG])",
            "TextMatches(N, ^[0-9]+$, false)",
            "TextMatches(N, ^0$, true)",
            "KindIs[metavariable=A, kind=slice]",
            "TypeIs[metavariable=WG, type=*sync.WaitGroup]",
            "Not($X == nil [X])",
            "Related(INSIDE, for $$$H { $$$B } [B, H])",
            "Related(NOT_INSIDE, func init() { $$$B } [B])",
            "Related(HAS, $N [N])",
            "Related(NOT_HAS, $X.y [X])",
            "Related(FOLLOWED_BY, $WG.Wait() [WG])",
            "Related(NOT_FOLLOWED_BY, return [])",
            "Predicate[name=refers-to, arguments=[N, P], negated=false]",
            "Predicate[name=in-loop, arguments=[match], negated=true]",
            "Predicate[name=predeclared, arguments=[any], negated=false]",
            "Predicate[name=is-main-main, arguments=[], negated=false]"),
        rule.where().stream().map(RecipeReadingTest::render).toList());
    assertEquals(
        List.of(
            new FixAction.Replace("ADD", "any"),
            new FixAction.InsertBefore(FixAction.MATCH, "$WG.Add($N)"),
            new FixAction.InsertAfter("ADD", "defer $CANCEL()"),
            new FixAction.Wrap("REST", "func() {\n$_\n}()"),
            new FixAction.Delete("ADD"),
            new FixAction.Move("ADD", FixAction.MATCH, false),
            new FixAction.Move("ADD", "REST", true),
            new FixAction.FreshName("CANCEL", "cancel"),
            new FixAction.AddImport("sync", "SYNC"),
            new FixAction.AddImport("context", null)),
        rule.fix());
    assertEquals(Optional.of("started with $SYNC.WaitGroup $N"), rule.report());

    Rule reportOnly = recipe.rules().get(1);
    assertEquals("report-only", reportOnly.id());
    assertEquals(List.of(), reportOnly.where());
    assertEquals(List.of(), reportOnly.fix());
    assertEquals(Optional.of("f is called"), reportOnly.report());
  }

  @Test
  void goIsAnyWhenLeftOut() throws IOException {
    Path file = Files.writeString(dir.resolve("x.yaml"),
        "id: x\nsummary: s\ndescription: d\nsafety: report\nrules:\n  - {id: r, match: f(), report: r}\n");
    Recipe recipe = new RecipeLoader(TestPatterns::compile).loadFile(file).recipes().get(0);
    assertEquals(GoVersionRange.ANY, recipe.go());
    assertEquals(Safety.REPORT, recipe.safety());
  }

  /** A constraint as text, patterns shown by their text and sorted metavariables. */
  static String render(Constraint c) {
    if (c instanceof Constraint.MetavariablePattern m) {
      return "MetavariablePattern(" + m.metavariable() + ", " + render(m.pattern()) + ")";
    }
    if (c instanceof Constraint.TextMatches t) {
      return "TextMatches(" + t.metavariable() + ", " + t.regex().pattern() + ", " + t.negated() + ")";
    }
    if (c instanceof Constraint.Not n) {
      return "Not(" + render(n.pattern()) + ")";
    }
    if (c instanceof Constraint.Related r) {
      return "Related(" + r.relation() + ", " + render(r.pattern()) + ")";
    }
    return c.toString();
  }

  static String render(Pattern p) {
    return p.source().text() + " " + new TreeSet<>(p.metavariables());
  }
}
