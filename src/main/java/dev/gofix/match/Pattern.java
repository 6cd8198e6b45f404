package dev.gofix.match;

import java.util.Set;

/** A compiled pattern: Go syntax with metavariables, ready to be matched. */
public final class Pattern {
  private final PatternSource source;
  private final Set<String> metavariables;

  Pattern(PatternSource source, Set<String> metavariables) {
    this.source = source;
    this.metavariables = Set.copyOf(metavariables);
  }

  public PatternSource source() {
    return source;
  }

  /** The names of the metavariables the pattern binds, without dollar signs. */
  public Set<String> metavariables() {
    return metavariables;
  }
}
