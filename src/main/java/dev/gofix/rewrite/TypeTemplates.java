package dev.gofix.rewrite;

import dev.gofix.match.Binding;
import dev.gofix.match.Match;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The type functions of fix templates: {@code ${type:$X}} is the type of the variable {@code $X}
 * names and {@code ${elem-type:$X}} its slice element type, each as the file spells it and as it
 * can be written at the match. A function that cannot be answered refuses the fix.
 */
final class TypeTemplates {
  static final Pattern FUNCTION = Pattern.compile("\\$\\{(type|elem-type):\\$([A-Za-z_][A-Za-z0-9_]*)\\}");

  private final Names names;

  TypeTemplates(Names names) {
    this.names = names;
  }

  /** An action with its type functions replaced, or (action empty) the reason they cannot be. */
  record Expanded(Optional<FixAction> action, String refusal) {}

  Expanded expand(FixAction action, Match match) {
    if (action instanceof FixAction.Replace r) {
      return expand(r.template(), match, t -> new FixAction.Replace(r.target(), t));
    }
    if (action instanceof FixAction.InsertBefore i) {
      return expand(i.template(), match, t -> new FixAction.InsertBefore(i.target(), t));
    }
    if (action instanceof FixAction.InsertAfter i) {
      return expand(i.template(), match, t -> new FixAction.InsertAfter(i.target(), t));
    }
    if (action instanceof FixAction.Wrap w) {
      return expand(w.template(), match, t -> new FixAction.Wrap(w.target(), t, w.continueAs()));
    }
    return new Expanded(Optional.of(action), "");
  }

  private Expanded expand(String template, Match match, Function<String, FixAction> rebuild) {
    Matcher m = FUNCTION.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean element = m.group(1).equals("elem-type");
      Optional<ParseTree> node = match.bindings().get(m.group(2)).flatMap(Binding::node);
      Optional<String> type = node.flatMap(n -> names.typeWrittenAt(n, element, match.start()));
      if (type.isEmpty()) {
        return new Expanded(Optional.empty(), "the " + (element ? "element type" : "type") + " of $"
            + m.group(2) + " cannot be resolved from syntax or written here");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(type.get()));
    }
    m.appendTail(out);
    return new Expanded(Optional.of(rebuild.apply(out.toString())), "");
  }
}
