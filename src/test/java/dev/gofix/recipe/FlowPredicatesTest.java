package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow predicates, the package constraint and the find-variable and zero-values actions. */
class FlowPredicatesTest {
  @TempDir Path dir;

  private List<FileResult> run(String rules, String go) throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "id: t\nsummary: s\ndescription: d\nsafety: review\nrules:\n" + rules);
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(file);
    assertTrue(loaded.errors().isEmpty(), loaded.errors().toString());
    return new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT).run(List.of(new GoSource("x.go", go)));
  }

  /** The lines of the findings of a report-only rule. */
  private String lines(String where, String match, String go) throws IOException {
    String rules = "  - id: r\n    match: \"" + match + "\"\n    where:\n" + where + "    report: found\n";
    return run(rules, go).get(0).findings().stream().map(f -> String.valueOf(f.line()))
        .collect(Collectors.joining(","));
  }

  private static final String CANCELS = """
      package p

      import c "context"

      func a(p c.Context) {
      	x, stop := c.WithCancel(p)
      	defer stop()
      	_ = x
      }

      func b(p c.Context, ok bool) {
      	x, stop := c.WithCancel(p)
      	if ok {
      		stop()
      		return
      	}
      	_ = x
      }

      func d(p c.Context, n int) {
      	x, stop := c.WithCancel(p)
      	switch n {
      	case 1:
      		stop()
      	default:
      		panic(x)
      	}
      }

      func e(p c.Context, xs []int) {
      	x, stop := c.WithCancel(p)
      	for range xs {
      		stop()
      	}
      	_ = x
      }
      """;

  @Test
  void usedOnEveryPath() throws IOException {
    String where = "      - metavariable: $PKG\n        package: context\n"
        + "      - not-predicate: used-on-every-path($STOP)\n";
    assertEquals("12,31", lines(where, "$X, $STOP := $PKG.WithCancel($P)", CANCELS));
  }

  @Test
  void packageConstraintFollowsTheImportName() throws IOException {
    String where = "      - metavariable: $PKG\n        package: context\n";
    String go = "package p\n\nimport \"context\"\n\nfunc f() {\n\tcontext := struct{ WithCancel func() }{}\n"
        + "\tcontext.WithCancel()\n}\n\nfunc g() { _, _ = context.WithCancel(context.Background()) }\n";
    assertEquals("10", lines(where, "$PKG.WithCancel($$$A)", go));
  }

  @Test
  void flowsOutAndPassedAsArgument() throws IOException {
    String go = """
        package p

        import "context"

        var keep context.Context

        type s struct{ c context.Context }

        func a(p context.Context) (int, error) {
        	x, stop := context.WithCancel(p)
        	n, err := use(x)
        	return n, err
        }

        func b(p context.Context) *s {
        	x, stop := context.WithCancel(p)
        	v := &s{c: x}
        	return v
        }

        func d(p context.Context) {
        	x, stop := context.WithCancel(p)
        	keep = x
        }

        func e(p context.Context, ch chan context.Context) {
        	x, stop := context.WithCancel(p)
        	ch <- x
        }

        func f(p context.Context) {
        	x, stop := context.WithCancel(p)
        	register(stop)
        	go use(x)
        }

        func use(context.Context) (int, error) { return 0, nil }

        func register(func()) {}
        """;
    assertEquals("16,22,27,32", lines("      - predicate: flows-out($X)\n",
        "$X, $STOP := context.WithCancel($P)", go));
    assertEquals("32", lines("      - predicate: passed-as-argument($STOP)\n",
        "$X, $STOP := context.WithCancel($P)", go));
  }

  @Test
  void loopCanExitAndInHeader() throws IOException {
    String go = """
        package p

        func f(ch chan int) {
        	for {
        		select {
        		case <-ch:
        			break
        		}
        	}
        }

        func g(ch chan int) {
        L:
        	for {
        		select {
        		case <-ch:
        			break L
        		}
        	}
        }

        func h(ch chan int) {
        	for {
        		if v := <-ch; v > 0 {
        			return
        		}
        	}
        }
        """;
    assertEquals("4", lines("      - not-predicate: loop-can-exit(match)\n", "for { $$$B }", go));
    assertEquals("24", lines("      - predicate: in-header(match)\n", "$V := <-$C", go));
  }

  @Test
  void findVariableAndZeroValues() throws IOException {
    String rules = """
          - id: r
            match: |
              for {
              	select {
              	$FIRST
              	$$$REST
              	}
              }
            fix:
              - find-variable: $CTX
                type: context.Context
                at: $FIRST
              - zero-values: $ZERO
                error: $CTX.Err()
              - insert-before: $FIRST
                text: "case <-$CTX.Done():\\n\\treturn $ZERO"
        """;
    String go = """
        package p

        import "context"

        type pair struct{ a, b int }

        func f[T any](outer context.Context, ch chan int) (a, b int, p pair, t T, s []int, err error) {
        	inner := outer
        	var ctx context.Context = inner
        	for {
        		select {
        		case <-ch:
        		}
        	}
        }

        func g(ch chan int) {
        	for {
        		select {
        		case <-ch:
        		}
        	}
        }
        """;
    FileResult r = run(rules, go).get(0);
    assertTrue(r.after().contains("\t\tcase <-ctx.Done():\n\t\t\treturn 0, 0, pair{}, *new(T), nil, ctx.Err()\n"), r.after());
    assertEquals("not fixed: no variable of type context.Context is in scope",
        r.findings().stream().filter(f -> !f.fixed()).findFirst().orElseThrow().message());
  }
}
