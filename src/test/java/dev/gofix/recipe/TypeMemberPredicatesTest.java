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
 * The predicates about the package's types, methods and variables: has-pointer-method,
 * has-field, promotes-method, read-after, declared-without-value and returned-as.
 */
class TypeMemberPredicatesTest {
  @TempDir Path dir;

  private String reports(String rule, String code) throws IOException {
    String yaml = "id: t\nsummary: s\ndescription: d\nsafety: report\nrules:\n" + rule;
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, yaml);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertEquals(List.of(), loaded.errors());
    return new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource("x.go", code))).get(0)
        .findings().stream().map(Finding::message).collect(Collectors.joining(" | "));
  }

  private static final String TYPES = """
      package p

      import "strings"

      type A struct{ n int }

      func (a *A) Set() {}

      type B struct {
      	A
      	m int
      }

      func (b B) Get() int { return b.m }

      type C[T any] struct {
      	*B
      	v T
      }

      func (c *C[T]) Put(v T) { c.v = v }

      type D struct{ strings.Builder }

      func (d D) Len() int { return 0 }

      type I int

      func (i I) Set() {}
      """;

  @Test
  void hasPointerMethodHasFieldAndPromotesMethod() throws IOException {
    String rule = """
          - id: r
            match: "func ($R $T) $M($$$P) $$$RES { $$$B }"
            where:
              - predicate: %s
            report: $M
        """;
    assertEquals("Set | Put", reports(rule.formatted("has-pointer-method($T)"), TYPES));
    assertEquals("Get | Put", reports(rule.formatted("has-field($T, A)")
        + "    \n", TYPES.replace("*B\n", "A\n\tB\n")));
    assertEquals("Get", reports(rule.formatted("has-field($T, m)"), TYPES));
    // B embeds A, which has Set; C embeds *B, which has Get; strings.Builder is unknown.
    assertEquals("", reports(rule.formatted("promotes-method($T, $M)"), TYPES));
    assertEquals("Get", reports(rule.formatted("promotes-method($T, Set)"), TYPES));
  }

  @Test
  void promotesMethodSeesThroughPointerEmbedsAndTypeArguments() throws IOException {
    String code = TYPES + """

        func (b B) Set() {}

        func (c C[T]) Get() int { return 1 }

        func (d D) Len2() int { return 0 }
        """;
    assertEquals("Set | Get", reports("""
          - id: r
            match: "func ($R $T) $M($$$P) $$$RES { $$$B }"
            where:
              - predicate: promotes-method($T, $M)
            report: $M
        """, code));
  }

  @Test
  void promotesMethodTakesAStructTypeLiteral() throws IOException {
    String code = TYPES + """

        var anonymous struct {
        	B
        	Get int
        }

        func f() {
        	type local struct {
        		D
        		Len int
        	}
        }
        """;
    // B has Get; D has Len (its strings.Builder's methods are unknown).
    assertEquals("Get | Len", reports("""
          - id: r
            match: |
              struct {
                $$$X
                $F $FT
                $$$Y
              }
            where:
              - predicate: promotes-method(match, $F)
            report: $F
        """, code));
  }

  @Test
  void readAfterIgnoresWritesAndCountsEveryOtherMention() throws IOException {
    String code = """
        package p

        type S struct {
        	n  int
        	xs []int
        }

        func (s S) a() { s.n = 1; s.n++ }

        func (s S) b() S { s.n = 1; return s }

        func (s S) c() { s.n = 1; s.xs[0] = 1 }

        func (s S) d() { s.n = 1; func() { _ = s }() }

        func (s S) e() { s.n = 1; s = S{} }

        func (s S) f() {
        	for i := 0; i < 3; i++ {
        		println(s.xs)
        		if i > 0 {
        			s.n = 1
        		}
        	}
        }
        """;
    assertEquals("a | e", reports("""
          - id: r
            match: "$R.n = 1"
            where:
              - inside: "func ($R $T) $M() $$$RES { $$$B }"
              - not-predicate: read-after($R, match)
            report: $M
        """, code));
  }

  @Test
  void declaredWithoutValueAndReturnedAs() throws IOException {
    String code = """
        package p

        type E struct{}

        func (*E) Error() string { return "" }

        func a() error {
        	var p *E
        	return p
        }

        func b() (int, error) {
        	var p = &E{}
        	return 0, p
        }

        func c() *E {
        	var p *E
        	return p
        }

        func d() (n int, err error) {
        	var p, q *E
        	_ = q
        	f := func() error { return p }
        	_ = f
        	return 0, p
        }

        func e() (x, y error) {
        	var p *E
        	return p, nil
        }
        """;
    String rules = """
          - id: only
            match: return $P
            where:
              - inside: "func $F($$$PARAMS) $$$RES { $$$B }"
              - metavariable: $P
                regex: "^p$"
              - predicate: %1$s
            report: $F
          - id: last
            match: return $A, $P
            where:
              - inside: "func $F($$$PARAMS) $$$RES { $$$B }"
              - metavariable: $P
                regex: "^p$"
              - predicate: %1$s
            report: $F
          - id: first
            match: return $P, $A
            where:
              - inside: "func $F($$$PARAMS) $$$RES { $$$B }"
              - metavariable: $P
                regex: "^p$"
              - predicate: %1$s
            report: $F
        """;
    assertEquals("a | d | b | d | e", reports(rules.formatted("returned-as($P, error)"), code));
    assertEquals("a | c | d | d | e", reports(rules.formatted("declared-without-value($P)"), code));
  }

  @Test
  void assignedBeforeLooksAtEarlierStatementsOfTheSameBlock() throws IOException {
    String code = """
        package p

        func f(c bool) (int, int, int) {
        	var a, b, x int
        	if c {
        		b = 1
        	}
        	a, x = 1, 2
        	a++
        	{
        		x := 3
        		_ = x
        	}
        	return a, b, x
        }
        """;
    String rule = """
          - id: r
            match: return $A, $B, $C
            where:
              - predicate: assigned-before(%s, match)
            report: yes
        """;
    assertEquals("yes", reports(rule.formatted("$A"), code));
    assertEquals("", reports(rule.formatted("$B"), code));
    assertEquals("yes", reports(rule.formatted("$C"), code));
  }
}
