package dev.gofix.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How recipes write metavariables: {@code $X} for one node and {@code $$$X} for a sequence, the
 * name being upper-case letters, digits and underscores. Records store the bare name.
 */
final class Metavariables {
  private static final Pattern WRITTEN = Pattern.compile("\\$(?:\\$\\$)?([A-Z_][A-Z0-9_]*)");

  /** One metavariable written in a template, at a character offset of the template. */
  record Use(String name, String written, int offset) {}

  private Metavariables() {}

  /** The bare name of {@code $X} or {@code $$$X} when the text is exactly that. */
  static Optional<String> parse(String text) {
    Matcher m = WRITTEN.matcher(text);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static final Pattern BRACED = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)\\}|" + WRITTEN.pattern());

  /** Every metavariable written in a template or message ({@code $X}, {@code $$$X}, {@code ${X}}), in order. */
  static List<Use> scan(String template) {
    List<Use> uses = new ArrayList<>();
    Matcher m = BRACED.matcher(template);
    while (m.find()) {
      uses.add(new Use(m.group(1) != null ? m.group(1) : m.group(2), m.group(), m.start()));
    }
    return uses;
  }
}
