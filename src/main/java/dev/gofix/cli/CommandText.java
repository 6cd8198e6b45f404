package dev.gofix.cli;

import java.util.List;
import java.util.regex.Pattern;

/** A gofix command line as a shell would take it back: {@code gofix} and quoted arguments. */
final class CommandText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private CommandText() {}

  static String of(List<String> arguments) {
    StringBuilder text = new StringBuilder("gofix");
    for (String a : arguments) {
      text.append(' ').append(PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return text.toString();
  }
}
