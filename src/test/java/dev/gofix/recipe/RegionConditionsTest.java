package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code some:} and {@code none:} conditions: a pattern searched in a region of the match. */
class RegionConditionsTest {
  @TempDir Path dir;

  private static final String CODE = """
      package p

      func a() {
      	x := h(1)
      	use(x)
      	y := h(g())
      	if y > 0 {
      		use(7)
      	}
      }

      func b() {
      	z := h(2)
      	func() {
      		use(z)
      	}()
      }

      func use(int)    {}
      func h(int) int  { return 0 }
      func g() int     { return 0 }
      """;

  /** The names reported by a rule on {@code $V := $INIT} with the condition (one YAML list item). */
  private List<String> reported(String condition) throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: $V := $INIT
          where:
        %s
          report: $V
        """.formatted(condition.indent(4).stripTrailing()));
    return recipe.messages(CODE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // in: function (the default) is the innermost function around the match
      "a call anywhere in the function;        some: use($_);                           x y z",
      "none of it in the function;             none: use($_);                           ''",
      "explicit in function;                   'some: g()|in: function';                x y",
      "region is the match;                    'some: g()|in: match';                   y",
      "none in the match;                      'none: g()|in: match';                   x z",
      "region is a metavariable;               'some: h($_)|in: $INIT';                 x y z",
      "metavariable region without the call;   'some: g()|in: $INIT';                   y",
      // the match's metavariables keep their values inside the region
      "bound metavariable in the pattern;      some: use($V);                           x z",
      "a function literal is searched too;     'some: use($V)|in: function';            x z",
      "none with a bound metavariable;         none: use($V);                           y",
      // nested conditions filter the matches of the pattern
      "nested where;                           'some: use($A)|where:|  - metavariable: $A|    regex: ^[0-9]+$'; x y",
      "nested where none;                      'none: use($A)|where:|  - metavariable: $A|    regex: ^[0-9]+$'; z",
      "nested predicate;                       'some: use($A)|where:|  - predicate: in-loop($A)'; ''",
      "lone metavariable is every statement;   'some: $S|in: function|where:|  - metavariable: $S|    pattern: if $C { $$$B }'; x y",
  })
  void someAndNoneSearchTheirRegion(String name, String condition, String expected) throws IOException {
    String item = "- " + condition.replace("|", "\n  ");
    assertEquals(expected, String.join(" ", reported(item)), item);
  }

  @Test
  void conditionsAfterTheScanSeeTheMatchUnchanged() throws IOException {
    // some: does not add bindings: a later condition on $A would be unbound, so only the match's count.
    assertEquals(List.of("y"), reported("- some: g()\n  in: match\n- metavariable: $INIT\n  regex: ^h"));
  }
}
