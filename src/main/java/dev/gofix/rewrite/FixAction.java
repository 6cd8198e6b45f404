package dev.gofix.rewrite;

/**
 * One step of a rule's fix. A target is {@code match} (the whole match) or a metavariable name
 * without dollar signs. Templates are Go text in which {@code $X} and {@code $$$X} stand for the
 * code bound to the metavariable, copied with the comments inside it.
 */
public sealed interface FixAction {

  /** The name of the target that means the whole match. */
  String MATCH = "match";

  /**
   * Replaces the target with the template; the template's later lines take the indentation of
   * the target's line.
   */
  record Replace(String target, String template) implements FixAction {}

  /** Inserts the template as a statement (or clause) on its own line before the target's. */
  record InsertBefore(String target, String template) implements FixAction {}

  /** Inserts the template as a statement (or clause) on its own line after the target's. */
  record InsertAfter(String target, String template) implements FixAction {}

  /**
   * Replaces the target with the template, in which {@code $_} stands for the target's text: the
   * target's lines are re-indented when the template puts them in a new block. With
   * {@code continueAs}, each {@code continue} within the target that continues the innermost
   * {@code for} loop around the target (unlabeled and outside nested loops and function literals,
   * or naming that loop's label) is written as {@code continueAs} in {@code $_}.
   */
  record Wrap(String target, String template, String continueAs) implements FixAction {
    public Wrap(String target, String template) {
      this(target, template, null);
    }
  }

  /** Deletes the target; a statement that fills its lines goes with its lines. */
  record Delete(String target) implements FixAction {}

  /**
   * Moves a statement, with the comments on and directly above its lines, to its own line before
   * ({@code after == false}) or after the anchor statement.
   */
  record Move(String target, String anchor, boolean after) implements FixAction {}

  /**
   * Binds metavariable {@code variable} to {@code name}, or to {@code name2}, {@code name3}, … when
   * the name is declared or used in the enclosing function or declared at package level.
   */
  record FreshName(String variable, String name) implements FixAction {}

  /**
   * Makes sure the file imports {@code path} and binds metavariable {@code variable} to the name
   * under which it is imported; the fix is refused when that name is shadowed at the match.
   */
  record AddImport(String path, String variable) implements FixAction {}

  /**
   * Applies {@code actions} to every match of {@code pattern} within {@code region} that meets
   * {@code where} (see {@link dev.gofix.match.Constraint.Some}); in them {@code match} is that
   * match, and the outer match's metavariables keep their values; a {@link FreshName} among
   * them binds a new name for each match. When no {@code each} of a fix finds anything, the whole
   * fix is empty: nothing is edited and nothing reported.
   */
  record Each(
      dev.gofix.match.Pattern pattern, String region,
      java.util.List<dev.gofix.match.Constraint> where, java.util.List<FixAction> actions)
      implements FixAction {}

  /**
   * Binds metavariable {@code variable} to the name of the innermost variable whose declared type
   * is {@code type} (package names written as import paths) that is visible at the start of the
   * {@code at} target and declared before it. The fix is refused when there is none, or when the
   * one found is declared inside the match.
   */
  record FindVariable(String variable, String type, String at) implements FixAction {}

  /**
   * Binds metavariable {@code variable} to the zero values of the results of the innermost
   * function or function literal enclosing the match, separated by ", " (empty when it has no
   * results); a last result of type {@code error} takes the expanded {@code errorTemplate}
   * instead of {@code nil} when one is given.
   */
  record ZeroValues(String variable, String errorTemplate) implements FixAction {}
}
