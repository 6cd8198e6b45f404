package dev.gofix.rewrite;

/**
 * One step of a rule's fix. A target is {@code match} (the whole match) or a metavariable name
 * without dollar signs. Templates are Go text in which {@code $X} and {@code $$$X} stand for the
 * code bound to the metavariable, copied with the comments inside it.
 */
public sealed interface FixAction {

  /** The name of the target that means the whole match. */
  String MATCH = "match";

  /** Replaces the target with the template. */
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
}
