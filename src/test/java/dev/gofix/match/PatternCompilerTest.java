package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternCompilerTest {
  private final PatternCompiler compiler = new PatternCompiler();

  @Test
  void metavariablesAreNamedWithoutDollarSigns() throws PatternException {
    Pattern p = compiler.compile(PatternSource.of("go func($$$P) {\n\t$ADD\n\t...\n}($$$A)"));
    assertEquals(Set.of("P", "ADD", "A"), p.metavariables());
  }

  @Test
  void statementsMakeASequenceAndOneStatementOneNode() throws PatternException {
    assertEquals(true, compiler.compile(PatternSource.of("a()\nb()")).isSequence());
    assertEquals(false, compiler.compile(PatternSource.of("x := $F()")).isSequence());
  }

  @Test
  void declarationsCompile() throws PatternException {
    assertEquals(Set.of("F", "B"), compiler.compile(PatternSource.of("func $F() { $$$B }")).metavariables());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiterString = " ~ ", value = {
      // pattern ~ error (positions within a one-line pattern starting at line 3, column 12)
      "f(x ~ r.yaml:3:15: pattern does not parse as Go: syntax error: unexpected newline, expected {'...', ',', ')'}",
      "$ ~ r.yaml:3:12: a metavariable needs a name: $X or $$$X",
      "$X ~ r.yaml:3:12: a pattern must be more than one metavariable",
      "'\t' ~ r.yaml:3:12: empty pattern",
      "a b ~ r.yaml:3:14: pattern does not parse as Go: syntax error: unexpected 'b'",
  })
  void errorsArePlacedInTheRecipeFile(String pattern, String message) {
    PatternException e = assertThrows(PatternException.class,
        () -> compiler.compile(new PatternSource(pattern, "r.yaml", 3, 12, 0)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void errorsOnLaterLinesOfABlockScalarCountTheStrippedIndentation() {
    // A block scalar starting at line 5 whose lines were indented by 6 columns in the file.
    PatternException e = assertThrows(PatternException.class,
        () -> compiler.compile(new PatternSource("go func() {\n\ta(]\n}()", "r.yaml", 5, 7, 6)));
    assertEquals("r.yaml:6:10: pattern does not parse as Go: syntax error: unexpected ']'",
        e.getMessage());
  }

  @Test
  void aRepeatedPatternSharesItsTreesButKeepsItsOwnSource() throws PatternException {
    PatternSource first = new PatternSource("$S[$A:$B]", "a.yaml", 3, 12, 0);
    PatternSource second = new PatternSource("$S[$A:$B]", "b.yaml", 9, 5, 0);
    Pattern p = compiler.compile(first);
    Pattern q = compiler.compile(second);
    assertEquals(first, p.source());
    assertEquals(second, q.source());
    assertSame(p.roots().get(0), q.roots().get(0));
    assertEquals(p.shape(), q.shape());
    assertEquals(p.metavariables(), q.metavariables());
    // A statement pattern of the same text is compiled on its own: it is a sequence of one.
    assertTrue(compiler.compileStatement(first).isSequence());
    // A pattern that does not compile is reported at each place it is written.
    for (int line : new int[] {3, 7}) {
      PatternException e = assertThrows(PatternException.class,
          () -> compiler.compile(new PatternSource("f(x", "r.yaml", line, 12, 0)));
      assertTrue(e.getMessage().startsWith("r.yaml:" + line + ":15: "), e.getMessage());
    }
  }

  @Test
  void variadicSpreadAndArrayLengthsAreNotElisions() throws PatternException {
    assertEquals(Set.of("X"), compiler.compile(PatternSource.of("f($X...)")).metavariables());
    compiler.compile(PatternSource.of("[...]int{1, 2}"));
  }
}
