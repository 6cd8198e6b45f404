package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
  private static final String CODE = """
      package main

      func main() {
      	for i := 0; i < 3; i++ {
      		a(i)
      		b(i /* why */)
      	}
      	a(1)
      	c()
      	b(2)
      }

      func other() {
      	a(2)
      }
      """;

  private static Pattern p(String text) throws PatternException {
    return new PatternCompiler().compile(PatternSource.of(text));
  }

  /** The text of each match of the pattern that meets the constraint. */
  private static String matches(String pattern, Constraint... where) throws PatternException {
    ParsedFile file = new GoFileParser().parse(new GoSource("x.go", CODE));
    Matcher matcher = new Matcher(file);
    Constraints constraints = new Constraints(matcher, Facts.NONE);
    return matcher.findRefined(p(pattern), m -> constraints.check(m, List.of(where))).stream()
        .map(m -> file.tokens().getText(org.antlr.v4.runtime.misc.Interval.of(m.start(), m.stop())))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void relationalPatterns() throws PatternException {
    assertEquals("a(i)", matches("a($X)", new Constraint.Related(Constraint.Relation.INSIDE, p("for $$$H { $$$B }"))));
    assertEquals("a(1) | a(2)",
        matches("a($X)", new Constraint.Related(Constraint.Relation.NOT_INSIDE, p("for $$$H { $$$B }"))));
    // Later statements of the function include those after the enclosing loop.
    assertEquals("a(i) | a(1)", matches("a($X)", new Constraint.Related(Constraint.Relation.FOLLOWED_BY, p("c()"))));
    assertEquals("a(2)",
        matches("a($X)", new Constraint.Related(Constraint.Relation.NOT_FOLLOWED_BY, p("c()"))));
    assertEquals("for i := 0; i < 3; i++ {\n\t\ta(i)\n\t\tb(i /* why */)\n\t}",
        matches("for $$$H { $$$B }", new Constraint.Related(Constraint.Relation.HAS, p("b($X)"))));
    assertEquals("", matches("for $$$H { $$$B }", new Constraint.Related(Constraint.Relation.NOT_HAS, p("b($X)"))));
  }

  @Test
  void boundMetavariablesCarryIntoRelationalPatterns() throws PatternException {
    // followed by b() with the same argument
    assertEquals("a(i)", matches("a($X)", new Constraint.Related(Constraint.Relation.FOLLOWED_BY, p("b($X)"))));
  }

  @Test
  void notPatternsAndText() throws PatternException {
    assertEquals("a(i) | a(2)", matches("a($X)", new Constraint.Not(p("a(1)"))));
    assertEquals("a(1) | a(2)",
        matches("a($X)", new Constraint.TextMatches("X", java.util.regex.Pattern.compile("^[0-9]+$"), false)));
    assertEquals("a(i)",
        matches("a($X)", new Constraint.TextMatches("X", java.util.regex.Pattern.compile("^[0-9]+$"), true)));
  }

  @Test
  void metavariablePatternsBindMore() throws PatternException {
    assertEquals("b(2)", matches("$S\n$T", new Constraint.MetavariablePattern("S", p("c()")),
        new Constraint.MetavariablePattern("T", p("b($N)")),
        new Constraint.TextMatches("N", java.util.regex.Pattern.compile("2"), false)).replaceAll("^c\\(\\)\\s*", ""));
  }

  @Test
  void predicates() throws PatternException {
    assertEquals("a(i)", matches("a($X)", new Constraint.Predicate("in-loop", List.of("match"), false)));
    assertEquals("b(i /* why */)", matches("b($X)", new Constraint.Predicate("has-comment", List.of("match"), false)));
    assertEquals("a(i) | a(1)", matches("a($X)", new Constraint.Predicate("is-main-main", List.of(), false)));
    assertEquals("a(2)", matches("a($X)", new Constraint.Predicate("is-main-main", List.of(), true)));
  }
}
