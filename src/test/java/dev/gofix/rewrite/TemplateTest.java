package dev.gofix.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {
  private static final Map<String, String> VALUES = Map.of("M", "counts", "A", "x, y", "_", "body()", "K", "string");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "$M.Lock();          counts.Lock()",
      "${M}Mu;             countsMu",
      "$MMu;               $MMu",
      "${M}${M};           countscounts",
      "f($$$A);            f(x, y)",
      "go $_;              go body()",
      "$UNKNOWN = $M;      $UNKNOWN = counts",
      "${UNKNOWN}x;        ${UNKNOWN}x",
      "cost: 5$ and $ 1;   cost: 5$ and $ 1",
      "key.(${K});         key.(string)",
  })
  void expandReplacesKnownMetavariablesAndKeepsTheRest(String template, String expected) {
    assertEquals(expected, Template.expand(template, VALUES));
  }

  @Test
  void variablesListsTheNamesMentionedWithoutTheWrapTarget() {
    assertEquals(Set.of("M", "MU", "A"), Template.variables("var $MU sync.Mutex // ${M}Mu $$$A $_"));
  }
}
