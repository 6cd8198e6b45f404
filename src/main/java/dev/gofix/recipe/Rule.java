package dev.gofix.recipe;

import dev.gofix.match.Constraint;
import dev.gofix.match.Pattern;
import dev.gofix.rewrite.FixAction;
import java.util.List;
import java.util.Optional;

/**
 * One rule of a recipe: a pattern, the constraints a match must meet, and either a fix or a
 * report. A rule with a fix may also carry a report message, printed for matches whose fix is
 * refused (a name shadowed at the site, an edit that does not parse).
 *
 * @param id unique within the recipe; findings name it as {@code recipe/rule}
 * @param report a message template; {@code $X} in it is replaced by the metavariable's text
 * @param go the Go versions of the files the rule applies to (within the recipe's own)
 */
public record Rule(
    String id,
    Pattern match,
    List<Constraint> where,
    List<FixAction> fix,
    Optional<String> report,
    GoVersionRange go) {

  /** A rule for every Go version. */
  public Rule(String id, Pattern match, List<Constraint> where, List<FixAction> fix, Optional<String> report) {
    this(id, match, where, fix, report, GoVersionRange.ANY);
  }
}
