package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code each:} fix action and {@code fresh-name} with {@code ${X}} in the name. */
class EachFixTest {
  @TempDir Path dir;

  private static final String CODE = """
      package p

      func f() {
      	counts := make(map[int]int)
      	counts[1] = 2
      	if true {
      		counts[3] = 4 // keep
      	}
      	other := make(map[int]int)
      	other[5] = 6
      	_ = counts[1] + other[5]
      }
      """;

  private static final String STORE = """
      - id: r
        match: $M := make(map[int]int)
        fix:
          - replace: match
            with: var $M store
          - each: $M[$K] = $V
            %s
            fix:
              - replace: match
                with: $M.Store($K, $V)
      """;

  @Test
  void eachEditsEveryMatchInTheFunctionWithTheOuterBindings() throws IOException {
    FileResult r = InlineRecipe.of(dir, STORE.formatted("in: function")).run(CODE);
    assertEquals("""
        package p

        func f() {
        	var counts store
        	counts.Store(1, 2)
        	if true {
        		counts.Store(3, 4) // keep
        	}
        	var other store
        	other.Store(5, 6)
        	_ = counts[1] + other[5]
        }
        """, r.after());
  }

  @Test
  void eachWithNestedConditionsEditsOnlyTheMatchesThatMeetThem() throws IOException {
    String filtered = STORE.formatted("where:\n      - metavariable: $V\n        regex: ^[24]$");
    FileResult r = InlineRecipe.of(dir, filtered).run(CODE);
    // other has no assignment of 2 or 4: its whole fix is empty, its declaration stays.
    assertEquals(List.of("var counts store", "counts.Store(1, 2)", "counts.Store(3, 4) // keep",
        "other := make(map[int]int)", "other[5] = 6"), body(r.after()).subList(0, 7).stream()
            .filter(l -> !l.startsWith("if") && !l.equals("}")).toList());
  }

  @Test
  void eachThatFindsNothingMakesTheWholeFixEmpty() throws IOException {
    String code = "package p\n\nfunc f() {\n\tm := make(map[int]int)\n\t_ = m[1]\n}\n";
    FileResult r = InlineRecipe.of(dir, STORE.formatted("in: function")).run(code);
    assertFalse(r.changed());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void eachInTheMatchRegionLooksOnlyInsideTheMatch() throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: if $C { $$$B }
          fix:
            - each: $F()
              in: match
              where:
                - metavariable: $F
                  not-regex: ^traced
              fix:
                - replace: match
                  with: traced${F}()
        """);
    String code = "package p\n\nfunc f(c bool) {\n\ta()\n\tif c {\n\t\tb()\n\t\tc2()\n\t}\n}\n";
    assertEquals("package p\n\nfunc f(c bool) {\n\ta()\n\tif c {\n\t\ttracedb()\n\t\ttracedc2()\n\t}\n}\n",
        recipe.run(code).after());
  }

  @Test
  void freshNameExpandsMetavariablesAndAvoidsTakenNames() throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: $M := make(map[int]int)
          fix:
            - fresh-name: $MU
              name: ${M}Mu
            - replace: match
              with: "$M, $MU := newGuarded()"
        """);
    assertEquals("package p\n\nfunc f() {\n\tseen, seenMu := newGuarded()\n\t_ = seen\n}\n",
        recipe.run("package p\n\nfunc f() {\n\tseen := make(map[int]int)\n\t_ = seen\n}\n").after());
    // Taken in the function: the next free number.
    String taken = "package p\n\nfunc f() {\n\tseenMu := 1\n\tseen := make(map[int]int)\n\t_, _ = seen, seenMu\n}\n";
    assertEquals("\tseen, seenMu2 := newGuarded()", recipe.run(taken).after().lines().toList().get(4));
    // Declared at package level: numbered as well.
    String packageLevel = "package p\n\nvar seenMu int\n\nfunc f() {\n\tseen := make(map[int]int)\n\t_ = seen\n}\n";
    assertEquals("\tseen, seenMu2 := newGuarded()", recipe.run(packageLevel).after().lines().toList().get(5));
  }

  @Test
  void freshNamesOfTwoMatchesInOnePassDiffer() throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: $M := make(map[int]int)
          fix:
            - fresh-name: $MU
              name: mu
            - replace: match
              with: "$M, $MU := newGuarded()"
        """);
    String code = "package p\n\nfunc f() {\n\ta := make(map[int]int)\n\tb := make(map[int]int)\n\t_, _ = a, b\n}\n";
    assertEquals("package p\n\nfunc f() {\n\ta, mu := newGuarded()\n\tb, mu2 := newGuarded()\n"
        + "\t_, _ = a, b\n}\n", recipe.run(code).after());
  }

  /** The lines of the first function's body, stripped. */
  private static List<String> body(String code) {
    List<String> lines = code.lines().toList();
    int open = lines.indexOf("func f() {");
    return lines.subList(open + 1, lines.size()).stream().map(String::strip).toList();
  }

  private static final String TWO_EACH = """
      - id: r
        match: $M := make(map[int]int)
        fix:
          - replace: match
            with: var $M store
          - each: $M[$K] = $V
            fix:
              - replace: match
                with: $M.Store($K, $V)
          - each: delete($M, $K)
            fix:
              - replace: match
                with: $M.Delete($K)
      """;

  @Test
  void severalEachApplyWhenOneOfThemFindsSomething() throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, TWO_EACH);
    assertEquals("package p\n\nfunc f() {\n\tvar m store\n\tm.Delete(1)\n}\n",
        recipe.run("package p\n\nfunc f() {\n\tm := make(map[int]int)\n\tdelete(m, 1)\n}\n").after());
    assertEquals("package p\n\nfunc f() {\n\tvar m store\n\tm.Store(1, 2)\n\tm.Delete(1)\n}\n",
        recipe.run("package p\n\nfunc f() {\n\tm := make(map[int]int)\n\tm[1] = 2\n\tdelete(m, 1)\n}\n").after());
    // Neither finds anything: no edit.
    assertFalse(recipe.run("package p\n\nfunc f() {\n\tm := make(map[int]int)\n\t_ = m\n}\n").changed());
  }

  @Test
  void freshNameInsideEachBindsANewNameForEveryMatch() throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: $M := make(map[int]int)
          fix:
            - replace: match
              with: var $M store
            - each: $X, $OK := $M[$K]
              fix:
                - fresh-name: $ANY
                  name: ${X}Any
                - replace: match
                  with: |
                    $ANY, $OK := $M.Load($K)
                    $X, _ := $ANY.(int)
        """);
    String code = "package p\n\nfunc f() {\n\tm := make(map[int]int)\n\tv, ok := m[1]\n\tif ok {\n"
        + "\t\tv, found := m[2] // again\n\t\t_, _ = v, found\n\t}\n\t_, _ = v, ok\n}\n";
    assertEquals("package p\n\nfunc f() {\n\tvar m store\n\tvAny, ok := m.Load(1)\n\tv, _ := vAny.(int)\n\tif ok {\n"
        + "\t\tvAny2, found := m.Load(2)\n\t\tv, _ := vAny2.(int) // again\n\t\t_, _ = v, found\n\t}\n\t_, _ = v, ok\n}\n",
        recipe.run(code).after());
  }
}
