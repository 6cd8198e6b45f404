package dev.gofix.recipe;

/**
 * The verdict of comparing a golden case's diff with its golden file ({@code golden/RECIPE/CASE.diff},
 * where an empty file means the fixture must not change).
 */
public enum GoldenStatus {
  /** The diff equals the golden byte for byte. */
  MATCH("MATCH"),
  /** Update mode wrote the golden from the current diff. */
  UPDATED("UPDATED"),
  /** The golden expects a change; none was made. */
  MISSING("MISSING"),
  /** The golden is empty, yet the fixture changed. */
  NOISY("NOISY"),
  /** Both the golden and the diff are non-empty, and they differ. */
  WRONG("WRONG"),
  /** The case has no golden file. */
  NO_GOLDEN("NO GOLDEN"),
  /** No diff to compare: the fixture is broken or the run failed. */
  NOT_RUN("NOT RUN");

  private final String label;

  GoldenStatus(String label) {
    this.label = label;
  }

  /** The status as failure messages print it, such as {@code NO GOLDEN}. */
  public String label() {
    return label;
  }

  /** Whether the diff is as the golden says (or the golden was just written). */
  public boolean ok() {
    return this == MATCH || this == UPDATED;
  }
}
