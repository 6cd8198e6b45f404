package dev.gofix.match;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A stand-in for the pattern compiler in tests: patterns whose metavariables are the {@code $X}
 * and {@code $$$X} written in their text, and an error at the first {@code @} of a pattern.
 */
public final class TestPatterns {
  private static final java.util.regex.Pattern METAVARIABLE =
      java.util.regex.Pattern.compile("\\$(?:\\$\\$)?([A-Z_][A-Z0-9_]*)");

  private TestPatterns() {}

  /** A pattern with the given text and no metavariables. */
  public static Pattern of(String text) {
    return of(PatternSource.of(text), Set.of());
  }

  /** A pattern with the given source and metavariables. */
  public static Pattern of(PatternSource source, Set<String> metavariables) {
    return new Pattern(source, metavariables, java.util.List.of(), false);
  }

  /**
   * Compiles by scanning for metavariables; throws at the first {@code @}, mapped to the recipe
   * file the way the real compiler maps its errors: line k, column c of the text is at line
   * {@code line + k - 1}, column {@code k == 1 ? column + c - 1 : indent + c}.
   */
  public static Pattern compile(PatternSource source) throws PatternException {
    String text = source.text();
    int at = text.indexOf('@');
    if (at >= 0) {
      int k = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          k++;
          lineStart = i + 1;
        }
      }
      int c = at - lineStart + 1;
      throw new PatternException(
          source.file(),
          source.line() + k - 1,
          k == 1 ? source.column() + c - 1 : source.indent() + c,
          "unexpected @");
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher m = METAVARIABLE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return new Pattern(source, names, java.util.List.of(), false);
  }
}
