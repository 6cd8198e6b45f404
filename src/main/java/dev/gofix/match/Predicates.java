package dev.gofix.match;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named predicates a recipe may use under {@code where:} ({@code predicate: in-loop(match)}),
 * each with the number of arguments it takes. This is the one list the recipe loader checks
 * names against; what each predicate means is up to the matcher.
 */
public final class Predicates {

  /** Predicate name to number of arguments, in the order the documentation lists them. */
  public static final Map<String, Integer> ARITY;

  static {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("refers-to", 2);
    m.put("predeclared", 1);
    m.put("has-comment", 1);
    m.put("escapes", 1);
    m.put("captured-by-goroutine", 1);
    m.put("written-in-goroutine", 1);
    m.put("in-loop", 1);
    m.put("used-after", 1);
    m.put("is-main-main", 0);
    ARITY = java.util.Collections.unmodifiableMap(m);
  }

  private Predicates() {}
}
