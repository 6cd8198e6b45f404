package dev.gofix.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.resolve.Declaration.Kind;
import dev.gofix.syntax.GoParser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileScopeTest {

  private static final String SHADOWING =
      """
      package p

      var x = 1

      func f() {
      	x := 2
      	{
      		x := x
      		_ = x
      	}
      	_ = x
      }

      func g() { _ = x }
      """;

  /** Occurrences of x: 0 package var, 1 f's x, 2 block x, 3 its initialiser, 4 and 5 uses, 6 g. */
  @ParameterizedTest
  @CsvSource({"0, 0", "1, 1", "2, 2", "3, 1", "4, 2", "5, 1", "6, 0"})
  void innerDeclarationsShadowOuterOnesAndXColonEqualsXReadsTheOuterX(int use, int declared) {
    assertEquals(declared, Snippet.of(SHADOWING).resolvedOccurrence("x", use));
  }

  @Test
  void shortVarDeclDeclaresOnlyTheNewNamesOfItsScope() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f() (err error) {
            	a, err := g()
            	a, b := g()
            	if true {
            		b, err := g()
            		_, _ = b, err
            	}
            	return a, b
            }
            """);
    // err in "a, err :=" reuses the named result; a is new.
    assertEquals(Kind.RESULT, s.declarationOf("err", 1).orElseThrow().kind());
    assertEquals(0, s.resolvedOccurrence("a", 1)); // occurrence 1 is "a, b :=": reassigned
    assertEquals(0, s.resolvedOccurrence("b", 0));
    // In the if block both names are new.
    assertEquals(1, s.resolvedOccurrence("b", 1));
    assertEquals(2, s.resolvedOccurrence("err", 2));
    assertEquals(2, s.resolvedOccurrence("err", 3));
    assertEquals(0, s.resolvedOccurrence("b", 3));
  }

  @Test
  void headerDeclarationsAreScopedToTheirStatement() {
    Snippet s =
        Snippet.of(
            """
            package p

            var v, i, w int

            func f(xs []int) {
            	if v := 1; v > 0 {
            		_ = v
            	} else {
            		_ = v
            	}
            	_ = v
            	for i := 0; i < 3; i++ {
            		_ = i
            	}
            	_ = i
            	switch w := 2; w {
            	case 1:
            		_ = w
            	}
            	_ = w
            }
            """);
    for (int use = 2; use <= 4; use++) {
      assertEquals(1, s.resolvedOccurrence("v", use));
    }
    assertEquals(0, s.resolvedOccurrence("v", 5));
    for (int use = 2; use <= 4; use++) {
      assertEquals(1, s.resolvedOccurrence("i", use));
    }
    assertEquals(0, s.resolvedOccurrence("i", 5));
    assertEquals(1, s.resolvedOccurrence("w", 3));
    assertEquals(0, s.resolvedOccurrence("w", 4));
  }

  @Test
  void typeSwitchVariableIsDeclaredInEachClause() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f(x any) {
            	switch v := x.(type) {
            	case int:
            		_ = v
            	case string:
            		_ = v
            	}
            }
            """);
    assertEquals(0, s.resolvedOccurrence("v", 1));
    assertEquals(0, s.resolvedOccurrence("v", 2));
    assertEquals(Kind.PARAM, s.declarationOf("x", 1).orElseThrow().kind());
  }

  @Test
  void rangeVariablesAndSelectClauseVariables() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f(m map[string]int, ch chan int) {
            	for k, v := range m {
            		_, _ = k, v
            	}
            	select {
            	case n, ok := <-ch:
            		_, _ = n, ok
            	}
            }
            """);
    assertEquals(0, s.resolvedOccurrence("k", 1));
    assertEquals(0, s.resolvedOccurrence("v", 1));
    assertEquals(0, s.resolvedOccurrence("n", 1));
    assertEquals(0, s.resolvedOccurrence("ok", 1));
    assertEquals(0, s.resolvedOccurrence("m", 1));
  }

  @Test
  void parametersResultsAndReceiverAreScopedToTheBody() {
    Snippet s =
        Snippet.of(
            """
            package p

            type T struct{}

            func (t *T) M(string string, n int) (r int) {
            	_, _, _ = t, string, n
            	return r
            }
            """);
    assertEquals(Kind.RECEIVER, s.declarationOf("t", 1).orElseThrow().kind());
    assertEquals(Kind.PARAM, s.declarationOf("string", 2).orElseThrow().kind());
    // The parameter's type is the predeclared string: parameters are in scope in the body only.
    assertTrue(s.declarationOf("string", 1).isEmpty());
    assertTrue(s.scope.isPredeclared("string", s.id("string", 1).getTokenIndex()));
    assertEquals(Kind.RESULT, s.declarationOf("r", 1).orElseThrow().kind());
    assertEquals(Kind.TYPE, s.declarationOf("T", 1).orElseThrow().kind());
    assertEquals(1, s.pkg.methodsOf("T").size());
    assertTrue(s.declarationOf("M", 0).isPresent());
  }

  @Test
  void lonelyNamesInAParameterListTakeTheTypeOfTheNextTypedItem() {
    Snippet s = Snippet.of("package p\n\nfunc f(a, b int, c string, d ...bool) { _ = a }\n");
    assertEquals("int", typeText(s, "a"));
    assertEquals("int", typeText(s, "b"));
    assertEquals("string", typeText(s, "c"));
    assertEquals("bool", typeText(s, "d"));
    assertEquals("[]bool", s.typeOf("d", 0).orElseThrow().spelled());
    assertEquals(Kind.PARAM, s.declarationOf("a", 1).orElseThrow().kind());
  }

  @Test
  void parameterListWithoutNamesDeclaresNothing() {
    Snippet s = Snippet.of("package p\n\ntype a int\n\nfunc f(a, b) {}\n\ntype b int\n");
    assertEquals(Kind.TYPE, s.declarationOf("a", 1).orElseThrow().kind());
    assertEquals(Kind.TYPE, s.declarationOf("b", 0).orElseThrow().kind());
  }

  private static String typeText(Snippet s, String name) {
    return s.file.tokens().getText(s.declarationOf(name, 0).orElseThrow().type().orElseThrow());
  }

  @Test
  void typeParametersOfFunctionsTypesAndReceivers() {
    Snippet s =
        Snippet.of(
            """
            package p

            type List[E any] []E

            type Map[K comparable, V any] struct{ m map[K]V }

            func (m *Map[K, V]) Get(k K) V { var zero V; return zero }

            func Keys[K comparable, V any](m map[K]V) []K { return nil }
            """);
    assertEquals(Kind.TYPE_PARAM, s.declarationOf("E", 1).orElseThrow().kind());
    assertEquals(0, s.resolvedOccurrence("E", 1));
    assertEquals(0, s.resolvedOccurrence("K", 1)); // K in the struct's map
    assertEquals(2, s.resolvedOccurrence("K", 3)); // k K in Get: the receiver's K
    assertEquals(2, s.resolvedOccurrence("V", 3)); // result V
    assertEquals(2, s.resolvedOccurrence("V", 4)); // var zero V
    assertEquals(5, s.resolvedOccurrence("V", 6)); // map[K]V in Keys
    assertEquals(4, s.resolvedOccurrence("K", 5)); // map[K]V in Keys
    assertEquals(4, s.resolvedOccurrence("K", 6)); // []K
    assertEquals(Kind.FIELD, s.declarationOf("m", 0).orElseThrow().kind());
    assertEquals(Kind.RECEIVER, s.declarationOf("m", 1).orElseThrow().kind());
    assertEquals(Kind.PARAM, s.declarationOf("m", 2).orElseThrow().kind());
  }

  @Test
  void functionLiteralsSeeOuterNamesAndOwnParameters() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f() {
            	x := 1
            	g := func(y int) int { return x + y }
            	_ = g
            	_ = y
            }
            """);
    assertEquals(0, s.resolvedOccurrence("x", 1));
    assertEquals(0, s.resolvedOccurrence("y", 1));
    assertTrue(s.declarationOf("y", 2).isEmpty());
    var lit = s.scope.enclosingFunction(s.terminal("y", 1)).orElseThrow();
    // lit is the function literal, its parent the function declaration.
    assertTrue(lit instanceof GoParser.OperandContext);
    var y = s.declarationOf("y", 0).orElseThrow();
    var body = ((GoParser.OperandContext) lit).block();
    assertTrue(s.scope.refersTo(body, y.nameTokenIndex(), y.nameTokenIndex()));
    var x = s.declarationOf("x", 0).orElseThrow();
    assertTrue(s.scope.refersTo(body, x.nameTokenIndex(), x.nameTokenIndex()));
    var declaration = s.scope.enclosingFunction(lit.getParent()).orElseThrow();
    assertTrue(declaration instanceof GoParser.FunctionDeclContext);
    assertFalse(
        s.scope.refersTo(
            ((GoParser.FunctionDeclContext) declaration).signature(), 0, s.file.tokens().size()));
  }

  @Test
  void labelsAreAFunctionWideNamespaceOfTheirOwn() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f() {
            	L := 1
            	goto L
            L:
            	for {
            		_ = L
            		break L
            	}
            	func() {
            	L:
            		for {
            			continue L
            		}
            	}()
            }
            """);
    assertEquals(Kind.VAR, s.declarationOf("L", 0).orElseThrow().kind());
    assertEquals(2, s.resolvedOccurrence("L", 1)); // goto L, before the label
    assertEquals(Kind.LABEL, s.declarationOf("L", 1).orElseThrow().kind());
    assertEquals(0, s.resolvedOccurrence("L", 3)); // _ = L is the variable
    assertEquals(2, s.resolvedOccurrence("L", 4));
    assertEquals(5, s.resolvedOccurrence("L", 6));
  }

  @Test
  void packageLevelNamesComeFromEveryFileOfThePackage() {
    Snippet s =
        Snippet.ofPackage(
            "package p\n\nfunc f() int { return helper() + Limit }\n",
            "package p\n\nconst Limit = 3\n\nfunc helper() int { return 1 }\n");
    assertEquals(Kind.FUNC, s.declarationOf("helper", 0).orElseThrow().kind());
    assertEquals(Kind.CONST, s.declarationOf("Limit", 0).orElseThrow().kind());
    assertTrue(s.scope.declaredAtPackageLevel("helper"));
    assertFalse(s.scope.declaredAtPackageLevel("f2"));
    assertEquals("int", s.typeOf("Limit", 0).orElseThrow().spelled());
  }

  @Test
  void importsRenamedDotAndBlank() {
    Snippet s =
        Snippet.of(
            """
            package p

            import (
            	ctxpkg "context"
            	. "strings"
            	_ "embed"
            	"math/rand/v2"
            	"gopkg.in/yaml.v3"
            )

            func f(c ctxpkg.Context) { _ = ToUpper; _ = rand.N; _ = len; _ = yaml.Marshal }
            """);
    var imports = s.scope.imports();
    assertEquals(5, imports.size());
    assertEquals(new Import("context", "ctxpkg", true, Import.Form.RENAMED, imports.get(0).declaration()), imports.get(0));
    assertEquals(Import.Form.DOT, imports.get(1).form());
    assertEquals(Import.Form.BLANK, imports.get(2).form());
    assertEquals("rand", imports.get(3).name());
    assertTrue(imports.get(3).nameCertain());
    assertEquals("yaml.v3", imports.get(4).name());
    assertFalse(imports.get(4).nameCertain());

    Declaration ctx = s.declarationOf("ctxpkg", 1).orElseThrow();
    assertEquals(Kind.IMPORT, ctx.kind());
    assertEquals("context", s.scope.importOf(ctx).orElseThrow().path());
    assertEquals(Kind.IMPORT, s.declarationOf("rand", 0).orElseThrow().kind());
    assertTrue(s.declarationOf("Context", 0).isEmpty());
    int at = s.id("ToUpper", 0).getTokenIndex();
    assertEquals(Lookup.Kind.UNKNOWN, s.scope.lookup("ToUpper", at).kind());
    assertEquals(Lookup.Kind.UNKNOWN, s.scope.lookup("NoSuchName", at).kind());
    assertEquals(Lookup.Kind.UNIVERSE, s.scope.lookup("len", at).kind());
    assertEquals(Lookup.Kind.UNKNOWN, s.scope.lookup("yaml", at).kind());
  }

  @Test
  void predeclaredAnyUnlessDeclaredLocallyOrInThePackage() {
    Snippet local =
        Snippet.of("package p\n\nfunc f(x any) {\n\tany := 1\n\t_ = any\n}\n\nfunc g(y any) {}\n");
    assertTrue(local.scope.isPredeclared("any", local.id("any", 0).getTokenIndex()));
    assertFalse(local.scope.isPredeclared("any", local.id("any", 2).getTokenIndex()));
    assertEquals(1, local.resolvedOccurrence("any", 2));
    assertTrue(local.scope.isPredeclared("any", local.id("any", 3).getTokenIndex()));

    Snippet pkg = Snippet.of("package p\n\ntype any = int\n\nfunc f(x any) {}\n");
    assertFalse(pkg.scope.isPredeclared("any", pkg.id("any", 1).getTokenIndex()));
    assertEquals(Kind.TYPE, pkg.declarationOf("any", 1).orElseThrow().kind());
  }

  @Test
  void structFieldsAndSelectorsAndLiteralKeys() {
    Snippet s =
        Snippet.of(
            """
            package p

            import "sync"

            type S struct {
            	name, kind string
            	*sync.Mutex
            	n int
            }

            var kind = "k"

            func f() {
            	s := S{name: kind}
            	m := map[string]int{kind: 1}
            	_ = s.name
            	_ = m
            }
            """);
    var fields = s.pkg.fieldsOf("S");
    assertEquals(Set.of("name", "kind", "Mutex", "n"), fields.keySet());
    assertEquals("string", s.file.tokens().getText(fields.get("kind").type().orElseThrow()));
    assertTrue(s.declarationOf("name", 1).isEmpty()); // key in S{…}
    assertTrue(s.declarationOf("name", 2).isEmpty()); // selector
    assertEquals(Kind.VAR, s.declarationOf("kind", 2).orElseThrow().kind());
    assertEquals(Kind.VAR, s.declarationOf("kind", 3).orElseThrow().kind()); // map key
    assertEquals(Kind.FIELD, s.declarationOf("name", 0).orElseThrow().kind());
  }

  @Test
  void namesInANodeIncludeEveryIdentifier() {
    Snippet s = Snippet.of("package p\n\nfunc f(a int) int { b := a; return b + len(s.x) }\n");
    var f = s.scope.enclosingFunction(s.terminal("b", 0)).orElseThrow();
    assertEquals(Set.of("f", "a", "int", "b", "len", "s", "x"), s.scope.namesIn(f));
  }

  @Test
  void lookupAtAPositionHonoursDeclarationOrder() {
    Snippet s =
        Snippet.of("package p\n\nfunc f() {\n\t_ = 0\n\tx := 1\n\t_ = x\n}\n");
    int before = s.tokenIndex("_", 0);
    int after = s.tokenIndex("_", 1);
    assertEquals(Lookup.Kind.UNKNOWN, s.scope.lookup("x", before).kind());
    assertEquals(Lookup.Kind.DECLARED, s.scope.lookup("x", after).kind());
  }

  @Test
  void localTypesAndConstants() {
    Snippet s =
        Snippet.of(
            """
            package p

            func f() {
            	type node struct{ next *node }
            	const (
            		a int = iota
            		b
            	)
            	var n node
            	_, _, _ = n, a, b
            }
            """);
    assertEquals(0, s.resolvedOccurrence("node", 1));
    assertEquals(0, s.resolvedOccurrence("node", 2));
    assertEquals("int", s.typeOf("b", 0).orElseThrow().spelled());
    assertEquals(TypeDescription.Kind.STRUCT, s.typeOf("n", 0).orElseThrow().kind());
  }
}
