package dev.gofix.rewrite;

/**
 * One change to a file, made by one rule: the tokens {@code start..stop} of the original token
 * stream are replaced by {@code text}. An insertion replaces no token: {@code stop == start - 1},
 * and the text goes in front of token {@code start}.
 *
 * @param ruleId the recipe rule that made the edit, named when edits conflict
 */
public record Edit(String ruleId, int start, int stop, String text) {

  public Edit {
    if (start < 0 || stop < start - 1) {
      throw new IllegalArgumentException("bad token range " + start + ".." + stop);
    }
  }

  /** Replaces tokens {@code start..stop}, both included. */
  public static Edit replace(String ruleId, int start, int stop, String text) {
    return new Edit(ruleId, start, stop, text);
  }

  /** Inserts text in front of token {@code index}. */
  public static Edit insertBefore(String ruleId, int index, String text) {
    return new Edit(ruleId, index, index - 1, text);
  }

  public boolean isInsertion() {
    return stop < start;
  }

  /**
   * Whether two edits touch the same text: replacements that share a token, an insertion strictly
   * inside a replaced range, or two insertions at one point by different rules (their order would
   * be arbitrary).
   */
  public boolean overlaps(Edit other) {
    if (isInsertion() && other.isInsertion()) {
      return start == other.start && !ruleId.equals(other.ruleId);
    }
    if (isInsertion()) {
      return other.start < start && start <= other.stop;
    }
    if (other.isInsertion()) {
      return start < other.start && other.start <= stop;
    }
    return start <= other.stop && other.start <= stop;
  }
}
