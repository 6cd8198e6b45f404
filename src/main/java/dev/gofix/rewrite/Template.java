package dev.gofix.rewrite;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fix text with metavariables: {@code $X}, {@code $$$X} and {@code $_} are replaced by the text
 * they stand for; {@code ${X}} is {@code $X} written so that letters may follow it ({@code ${M}Mu}). A dollar sign not followed by a name stays as it is.
 */
public final class Template {
  private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\$\\$)?(?:([A-Za-z_][A-Za-z0-9_]*)|\\{([A-Za-z_][A-Za-z0-9_]*)\\})");

  private Template() {}

  /** The metavariable names a template mentions (without dollar signs, {@code _} excluded). */
  public static Set<String> variables(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = VARIABLE.matcher(template);
    while (m.find()) {
      if (!name(m).equals("_")) {
        names.add(name(m));
      }
    }
    return names;
  }

  /** The template with every known variable replaced by its value; unknown ones stay. */
  public static String expand(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(name(m));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String name(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2);
  }
}
