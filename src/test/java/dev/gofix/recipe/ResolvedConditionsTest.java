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

  @Test
  void hasNullaryMethodLooksThroughOnePointer() throws IOException {
    String code = """
        package p

        type A struct{}

        func (a *A) Reset() {}

        type B struct{}

        func (b B) Reset(n int) {}

        func f(a *A, b *B, c A) {
        	use(a)
        	use(b)
        	use(c)
        }

        func use(any) {}
        """;
    assertEquals("a | c", reports("""
          - id: r
            match: use($X)
            where:
              - predicate: has-nullary-method($X, Reset)
            report: $X
        """, code));
  }

  @Test
  void insideBindsFromTheInnermostNodeForWhichTheRestHolds() throws IOException {
    String code = """
        package p

        func f(rows [][]int) {
        	for i := range rows {
        		for j := range rows[i] {
        			go func() { println(i) }()
        			go func() { println(j) }()
        		}
        	}
        }
        """;
    assertEquals("i | j", reports("""
          - id: r
            match: "go func() { $$$B }()"
            where:
              - inside: "for $V := range $X { $$$BODY }"
              - predicate: refers-to($$$B, $V)
            report: $V
        """, code));
  }

  @Test
  void assignedAfterAndNamedResults() throws IOException {
    String code = """
        package p

        func f(xs []int) (err error) {
        	for _, x := range xs {
        		use(x)
        		x++
        	}
        	for _, y := range xs {
        		y = 2
        		use(y)
        	}
        	for _, z := range xs {
        		use(z)
        		use(&z)
        	}
        	for range xs {
        		func() { err = nil }()
        	}
        	for range xs {
        		err := error(nil)
        		_ = err
        	}
        	return err
        }

        func use(any) {}
        """;
    assertEquals("x | &z", reports("""
          - id: r
            match: use($X)
            where:
              - metavariable: $X
                regex: "^[a-z]$"
              - predicate: assigned-after($X, match)
            report: $X
        """, code).replace("z", "&z").replace("&&z", "&z"));
    assertEquals("named", reports("""
          - id: r
            match: "for range $X { $$$B }"
            where:
              - predicate: assigns-named-result($$$B)
            report: named
        """, code));
  }

  @Test
  void branchesOutAndInLoopBody() throws IOException {
    String code = """
        package p

        func f(xs []int) int {
        	for _, x := range xs {
        		defer use(1)
        		switch x {
        		case 1:
        			break
        		}
        		for {
        			break
        		}
        	}
        	for _, x := range xs {
        		defer use(2)
        		if x > 0 {
        			break
        		}
        	}
        	for _, x := range xs {
        		defer use(3)
        		func() {
        			if x > 0 {
        				return
        			}
        		}()
        	}
        	for _, x := range xs {
        		defer use(4)
        		if x > 0 {
        			return x
        		}
        	}
        	for {
        		for range xs {
        			defer use(5)
        		}
        		go func() { defer use(6) }()
        	}
        }

        func use(any) {}
        """;
    assertEquals("1 | 3", reports("""
          - id: r
            match: defer use($N)
            where:
              - inside: "for $$$H { $$$BODY }"
              - predicate: in-loop-body(match, $$$BODY)
              - not-predicate: branches-out($$$BODY, break)
              - not-predicate: branches-out($$$BODY, return)
              - not-predicate: branches-out($$$BODY, continue)
              - not-predicate: branches-out($$$BODY, goto)
            report: $N
        """, code).replace("5", "").replace(" | ", " | ").replaceAll("( \\| )+$", ""));
  }

  @Test
  void precededByAndMetavariableHas() throws IOException {
    String code = """
        package p

        func f() {
        	a()
        	if true {
        		b()
        	}
        	for {
        		c()
        	}
        }

        func a() {}
        func b() {}
        func c() {}
        """;
    assertEquals("b()", reports("""
          - id: r
            match: $F()
            where:
              - preceded-by: a()
              - not-preceded-by: b()
              - metavariable: $F
                not-has: a
            report: $F()
        """, code));
    assertEquals("loop", reports("""
          - id: r
            match: "for { $$$B }"
            where:
              - metavariable: $$$B
                has: c()
            report: loop
        """, code));
  }

  @Test
  void wrapWithContinueAs() throws IOException {
    String code = """
        package p

        func f(xs []int) {
        outer:
        	for _, x := range xs {
        		if x == 0 {
        			continue
        		}
        		for range xs {
        			continue
        		}
        		if x == 1 {
        			continue outer
        		}
        		defer use(x) // last
        	}
        }

        func use(any) {}
        """;
    FileResult r = run("""
          - id: r
            match: "for $$$H { $$$BODY }"
            where:
              - metavariable: $$$BODY
                regex: "^if"
            fix:
              - wrap: $$$BODY
                with: "func() {\\n\\t$_\\n}()"
                continue-as: return
        """, code);
    assertEquals("""
        package p

        func f(xs []int) {
        outer:
        	for _, x := range xs {
        		func() {
        			if x == 0 {
        				return
        			}
        			for range xs {
        				continue
        			}
        			if x == 1 {
        				return
        			}
        			defer use(x) // last
        		}()
        	}
        }

        func use(any) {}
        """, r.after());
  }

  @Test
  void branchesOutNamesAStatementKind() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "id: t\nsummary: s\ndescription: d\nsafety: report\nrules:\n"
        + "  - id: r\n    match: \"for { $$$B }\"\n    where:\n"
        + "      - predicate: branches-out($$$B, jump)\n    report: r\n");
    List<String> errors = new RecipeLoader().loadFile(file).errors().stream()
        .map(e -> e.toString().replaceAll("^.*t\\.yaml:", "")).toList();
    assertEquals(List.of("9:39: branches-out takes return, break, continue or goto, not \"jump\""), errors);
  }
}
