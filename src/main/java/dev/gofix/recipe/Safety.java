package dev.gofix.recipe;

/** How far a recipe's fixes can be trusted, shown with every finding. */
public enum Safety {
  /** Behaviour-preserving under the recipe's stated preconditions; run by {@code --recipe all}. */
  SAFE,
  /** Fixes a real bug but may change behaviour in corner cases; runs only when named. */
  REVIEW,
  /** Never edits; findings are reports. */
  REPORT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The safety a recipe file names: {@code safe}, {@code review} or {@code report}. */
  static java.util.Optional<Safety> ofLabel(String label) {
    for (Safety s : values()) {
      if (s.label().equals(label)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
