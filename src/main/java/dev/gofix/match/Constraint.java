package dev.gofix.match;

import java.util.List;

/**
 * A condition a match must meet besides its pattern, written under {@code where:} in a recipe.
 * Metavariable names are written without their dollar signs ({@code X} for {@code $X} and
 * {@code $$$X}).
 */
public sealed interface Constraint {

  /** The match must not also match this pattern (bound metavariables keep their values). */
  record Not(Pattern pattern) implements Constraint {}

  /** How a relational pattern stands to the match. */
  enum Relation {
    /** An enclosing node matches the pattern. */
    INSIDE,
    NOT_INSIDE,
    /** A node within the match matches the pattern. */
    HAS,
    NOT_HAS,
    /** A later statement of the same function matches the pattern. */
    FOLLOWED_BY,
    NOT_FOLLOWED_BY,
    /** An earlier statement of the same function matches the pattern. */
    PRECEDED_BY,
    NOT_PRECEDED_BY
  }

  /**
   * A pattern related to the match by {@link Relation}. For {@link Relation#INSIDE} the
   * metavariables of the pattern join the match, taken from the innermost enclosing node for which
   * the remaining constraints hold.
   */
  record Related(Relation relation, Pattern pattern) implements Constraint {}

  /** The code bound to a metavariable contains ({@code negated}: does not contain) a match of the pattern. */
  record MetavariableHas(String metavariable, Pattern pattern, boolean negated) implements Constraint {}

  /** The text of a metavariable (tokens only, no comments or spaces) must or must not match. */
  record TextMatches(
      String metavariable, java.util.regex.Pattern regex, boolean negated) implements Constraint {}

  /** The node bound to a metavariable must match a pattern; its metavariables join the match. */
  record MetavariablePattern(String metavariable, Pattern pattern) implements Constraint {}

  /**
   * The kind of the declared type of a metavariable, from the resolver: {@code slice}, {@code map},
   * {@code string}, {@code chan}, {@code pointer}, {@code struct}, {@code array}, {@code func},
   * {@code interface}, {@code basic}. Unknown kinds never satisfy the constraint.
   */
  record KindIs(String metavariable, String kind) implements Constraint {}

  /**
   * The declared type of a metavariable as the source spells it, with package names replaced by
   * their import paths ({@code *sync.WaitGroup}, {@code context.Context}).
   */
  record TypeIs(String metavariable, String type) implements Constraint {}

  /**
   * Some node ({@code none == false}) or no node ({@code none == true}) within a region matches
   * the pattern and meets the nested conditions. The region is {@code function} (the innermost
   * function around the match), {@code match}, or a metavariable name.
   */
  record Some(Pattern pattern, String region, List<Constraint> where, boolean none) implements Constraint {}

  /** The region that means the innermost function, method or function literal around the match. */
  String FUNCTION = "function";

  /**
   * The metavariable is a name of the package imported from {@code path} (under its own name, a
   * rename, or whatever name the file gives it), as the resolver sees it at the match.
   */
  record PackageIs(String metavariable, String path) implements Constraint {}

  /** The declared type of a metavariable is one of several, each written as for {@link TypeIs}. */
  record TypeIn(String metavariable, List<String> types) implements Constraint {}

  /**
   * The kind of the element type of a metavariable's declared type (a slice's, array's, channel's
   * or pointer's element, a map's value), as for {@link KindIs}.
   */
  record ElemKindIs(String metavariable, String kind) implements Constraint {}

  /** A named predicate over metavariables ({@code refers-to(N, P)}), possibly negated. */
  record Predicate(String name, List<String> arguments, boolean negated) implements Constraint {}
}
