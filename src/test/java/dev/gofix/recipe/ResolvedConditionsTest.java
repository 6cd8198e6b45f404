package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditions that need the resolver, run through whole recipes: type lists, element kinds, type
 * assertions, has-method, assigned-after, assigns-named-result, branches-out, preceded-by,
 * metavariable has, inside bindings, and wrap with continue-as.
 */
class ResolvedConditionsTest {
  @TempDir Path dir;

  private String reports(String rule, String code) throws IOException {
    return run(rule, code).findings().stream().map(Finding::message).collect(Collectors.joining(" | "));
  }

  private FileResult run(String rule, String code) throws IOException {
    String yaml = "id: t\nsummary: s\ndescription: d\nsafety: review\nrules:\n" + rule;
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    return new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource("x.go", code))).get(0);
  }

  @Test
  void typeListsElementKindsAndTypeAssertions() throws IOException {
    String code = """
        package p

        import (
        	"bytes"
        	"sync"
        )

        var pool = sync.Pool{}
        var other = &sync.Pool{}

        func f() {
        	a := pool.Get().(*bytes.Buffer)
        	b := other.Get().(*[]int)
        	c := pool.Get().([]int)
        	_, _, _ = a, b, c
        }
        """;
    assertEquals("a | b | c", reports("""
          - id: r
            match: "$X := $P.Get().($T)"
            where:
              - metavariable: $P
                type: [sync.Pool, "*sync.Pool"]
            report: $X
        """, code));
    assertEquals("a | b", reports("""
          - id: r
            match: "$X := $P.Get().($T)"
            where:
              - metavariable: $X
                kind: pointer
            report: $X
        """, code));
    assertEquals("b", reports("""
          - id: r
            match: "$X := $P.Get().($T)"
            where:
              - metavariable: $X
                elem-kind: slice
            report: $X
        """, code));
    assertEquals("a", reports("""
          - id: r
            match: "$X := $P.Get().($T)"
            where:
              - metavariable: $X
                type: "*bytes.Buffer"
            report: $X
        """, code));
  }
}
