package dev.gofix.rewrite;

import dev.gofix.match.Binding;
import dev.gofix.match.Match;
import dev.gofix.match.Matcher;
import dev.gofix.match.Results;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns the fix actions of a rule, applied to one match, into edits of the file — or into the
 * reason the fix cannot be made. One planner serves one file for one pass, so that imports it
 * adds are added once.
 */
public final class FixPlanner {
  private final ParsedFile file;
  private final Names names;
  private final Layout layout;
  private final ImportEditor imports;
  private final Map<String, String> importsAdded = new HashMap<>();
  private final Scanner scanner;
  /** Fresh names given in this pass, by the outermost function they were given in. */
  private final Map<ParseTree, Set<String>> namesTaken = new HashMap<>();

  /** Finds the matches an {@link FixAction.Each} applies to, within an outer match. */
  @FunctionalInterface
  public interface Scanner {
    List<Match> scan(Match outer, FixAction.Each each);
  }

  /** A planner whose {@code each} actions find nothing. */
  public FixPlanner(ParsedFile file, Names names) {
    this(file, names, (outer, each) -> List.of());
  }

  public FixPlanner(ParsedFile file, Names names, Scanner scanner) {
    this.file = file;
    this.names = names;
    this.scanner = scanner;
    this.layout = new Layout(file.tokens().tokens(), file.source().text());
    this.imports = new ImportEditor(file, layout);
  }

  /** The edits of a fix, or why it cannot be made. */
  public sealed interface Plan {}

  public record Edits(List<Edit> edits) implements Plan {}

  public record Refused(String reason) implements Plan {}

  public Plan plan(String ruleId, Match match, List<FixAction> actions) {
    Map<String, String> values = new HashMap<>();
    for (String name : match.bindings().names()) {
      values.put(name, text(match.bindings().get(name).orElseThrow()));
    }
    List<Edit> edits = new ArrayList<>();
    List<String> newNames = new ArrayList<>();
    Map<String, String> newImports = new HashMap<>();
    TypeTemplates types = new TypeTemplates(names);
    boolean hasEach = false;
    boolean eachFound = false;
    for (FixAction written : actions) {
      TypeTemplates.Expanded expanded = types.expand(written, match);
      if (expanded.action().isEmpty()) {
        return new Refused(expanded.refusal());
      }
      FixAction action = expanded.action().get();
      Optional<String> refusal;
      if (action instanceof FixAction.FreshName f) {
        refusal = fresh(match, f, values, newNames);
      } else if (action instanceof FixAction.AddImport a) {
        refusal = addImport(ruleId, match, a, values, edits, newImports);
      } else if (action instanceof FixAction.Each each) {
        List<Match> found = scanner.scan(match, each);
        hasEach = true;
        eachFound |= !found.isEmpty();
        refusal = Optional.empty();
        for (Match inner : found) {
          Map<String, String> innerValues = new HashMap<>(values);
          for (String name : inner.bindings().names()) {
            innerValues.putIfAbsent(name, text(inner.bindings().get(name).orElseThrow()));
          }
          for (FixAction a : each.actions()) {
            refusal = a instanceof FixAction.FreshName f
                ? fresh(inner, f, innerValues, newNames)
                : edit(ruleId, inner, a, innerValues, edits);
            if (refusal.isPresent()) {
              break;
            }
          }
          if (refusal.isPresent()) {
            break;
          }
        }
      } else if (action instanceof FixAction.FindVariable f) {
        refusal = findVariable(match, f, values);
      } else if (action instanceof FixAction.ZeroValues z) {
        refusal = zeroValues(match, z, values);
      } else {
        refusal = edit(ruleId, match, action, values, edits);
      }
      if (refusal.isPresent()) {
        return new Refused(refusal.get());
      }
    }
    if (hasEach && !eachFound) {
      return new Edits(List.of());
    }
    namesTaken.computeIfAbsent(outermostFunction(match.node()), k -> new HashSet<>()).addAll(newNames);
    importsAdded.putAll(newImports);
    return new Edits(edits);
  }

  private Optional<String> fresh(
      Match match, FixAction.FreshName f, Map<String, String> values, List<String> newNames) {
    Set<String> used = names.usedAround(match.node());
    String base = Template.expand(f.name(), values);
    if (!base.matches("[\\p{L}_][\\p{L}\\p{Nd}_]*")) {
      return Optional.of("the new name " + base + " is not a Go identifier");
    }
    String name = base;
    for (int n = 2; used.contains(name) || names.declaredAtPackageLevel(name)
        || namesTaken.getOrDefault(outermostFunction(match.node()), Set.of()).contains(name)
        || newNames.contains(name); n++) {
      name = base + n;
    }
    newNames.add(name);
    values.put(f.variable(), name);
    return Optional.empty();
  }

  /** The outermost function around a node, or the file's tree. */
  private ParseTree outermostFunction(ParseTree node) {
    ParseTree outer = file.tree();
    for (Optional<ParserRuleContext> f = Results.enclosingFunction(node); f.isPresent();
        f = Results.enclosingFunction(f.get().getParent())) {
      outer = f.get();
    }
    return outer;
  }

  private Optional<String> findVariable(Match match, FixAction.FindVariable f, Map<String, String> values) {
    Range at = range(match, f.at());
    Optional<Names.Found> found = names.innermostVariableOfType(f.type(), at.start);
    if (found.isEmpty()) {
      return Optional.of("no variable of type " + f.type() + " is in scope");
    }
    int declared = found.get().nameTokenIndex();
    if (declared >= match.start() && declared <= match.stop()) {
      return Optional.of("the nearest " + f.type() + ", " + found.get().name()
          + ", is declared inside the matched code");
    }
    values.put(f.variable(), found.get().name());
    return Optional.empty();
  }

  private Optional<String> zeroValues(Match match, FixAction.ZeroValues z, Map<String, String> values) {
    Optional<ParserRuleContext> function = Results.enclosingFunction(match.node());
    if (function.isEmpty()) {
      return Optional.of("the match is not inside a function");
    }
    List<ParseTree> types = Results.types(function.get());
    List<String> zeros = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      ParseTree t = types.get(i);
      String spelled = layout.text(Matcher.startOf(t), Matcher.stopOf(t));
      boolean isError = names.typeOfType(t).filter("error"::equals).isPresent();
      if (isError && i == types.size() - 1 && z.errorTemplate() != null) {
        zeros.add(Template.expand(z.errorTemplate(), values));
      } else {
        zeros.add(ZeroValue.of(spelled, isError ? Optional.of("interface") : names.kindOfType(t)));
      }
    }
    values.put(z.variable(), String.join(", ", zeros));
    return Optional.empty();
  }

  private Optional<String> addImport(
      String ruleId, Match match, FixAction.AddImport a, Map<String, String> values, List<Edit> edits,
      Map<String, String> newImports) {
    Optional<String> existing = imports.importedAs(a.path());
    String name;
    if (existing.isPresent() && !existing.get().equals("_")) {
      if (existing.get().equals(".")) {
        return Optional.of("package " + a.path() + " is dot-imported; a qualified name cannot be written");
      }
      name = existing.get();
    } else if (importsAdded.containsKey(a.path()) || newImports.containsKey(a.path())) {
      name = importsAdded.getOrDefault(a.path(), newImports.get(a.path()));
    } else {
      name = ImportEditor.defaultName(a.path());
      if (names.declaredAtPackageLevel(name)) {
        return Optional.of("the import name " + name + " is taken at package level");
      }
      if (names.usedAround(match.node()).contains(name)) {
        return Optional.of("the name " + name + " for package " + a.path() + " is used in this function");
      }
      edits.add(imports.add(ruleId, a.path()));
      newImports.put(a.path(), name);
    }
    // A name the file does not import yet resolves to nothing; only one already imported can be shadowed.
    boolean imported = existing.isPresent() && !existing.get().equals("_");
    if (imported && names.shadowedAt(name, match.start())) {
      return Optional.of("the name " + name + " of package " + a.path() + " is shadowed here");
    }
    if (a.variable() != null && !a.variable().isEmpty()) {
      values.put(a.variable(), name);
    }
    return Optional.empty();
  }

  private Optional<String> edit(
      String ruleId, Match match, FixAction action, Map<String, String> values, List<Edit> edits) {
    if (action instanceof FixAction.Replace r) {
        Range t = range(match, r.target());
        edits.add(Edit.replace(ruleId, t.start, t.stop, expandLines(r.template(), values, layout.indentOf(t.start))));
    } else if (action instanceof FixAction.Wrap w) {
        Range t = range(match, w.target());
        int at = w.template().indexOf("$_");
        if (at >= 0 && w.template().indexOf('\n', at) > 0) {
          // The template closes its block on a later line: a trailing comment of the target's
          // last line goes into the block with it.
          t = new Range(t.start, layout.lastCommentOnLine(t.stop));
        }
        String indent = layout.indentOf(t.start);
        String body = w.continueAs() == null
            ? layout.text(t.start, t.stop)
            : LoopContinues.rewrite(layout, file, t.start, t.stop, w.continueAs());
        Map<String, String> withTarget = new HashMap<>(values);
        withTarget.put("_", body);
        String text = wrap(w.template(), body, indent, withTarget);
        edits.add(Edit.replace(ruleId, t.start, t.stop, text));
    } else if (action instanceof FixAction.InsertBefore i) {
        Optional<ParserRuleContext> s = statement(match, i.target());
        if (s.isEmpty()) {
          return Optional.of("cannot insert before " + i.target() + ": it is not a statement of a block");
        }
        int at = layout.groupStart(s.get().getStart().getTokenIndex());
        if (!layout.startsLine(at)) {
          return Optional.of("cannot insert before a statement that shares its line");
        }
        String indent = layout.indentOf(at);
        String text = lines(Template.expand(i.template(), values), indent);
        edits.add(Edit.insertBefore(ruleId, at, text + layout.newline() + indent));
    } else if (action instanceof FixAction.InsertAfter i) {
        Optional<ParserRuleContext> s = statement(match, i.target());
        if (s.isEmpty()) {
          return Optional.of("cannot insert after " + i.target() + ": it is not a statement of a block");
        }
        int stop = s.get().getStop().getTokenIndex();
        if (!layout.endsLine(stop)) {
          return Optional.of("cannot insert after a statement that shares its line");
        }
        String indent = layout.indentOf(s.get().getStart().getTokenIndex());
        String text = lines(Template.expand(i.template(), values), indent);
        edits.add(Edit.insertBefore(ruleId, layout.lineEnd(stop), layout.newline() + indent + text));
    } else if (action instanceof FixAction.Delete d) {
        Optional<ParserRuleContext> s = statement(match, d.target());
        if (s.isPresent() && wholeLines(s.get())) {
          edits.add(deleteLines(ruleId, s.get()));
        } else {
          Range t = range(match, d.target());
          edits.add(Edit.replace(ruleId, t.start, t.stop, ""));
        }
    } else if (action instanceof FixAction.Move m) {
        Optional<ParserRuleContext> s = statement(match, m.target());
        Optional<ParserRuleContext> anchor = statement(match, m.anchor());
        if (s.isEmpty() || anchor.isEmpty() || !wholeLines(s.get())) {
          return Optional.of("cannot move " + m.target() + ": it is not a statement on lines of its own");
        }
        int from = layout.groupStart(s.get().getStart().getTokenIndex());
        int end = layout.lineEnd(s.get().getStop().getTokenIndex());
        String moved = Layout.reindent(layout.text(from, end - 1), layout.indentOf(from), "");
        edits.add(deleteLines(ruleId, s.get()));
        if (m.after()) {
          int stop = anchor.get().getStop().getTokenIndex();
          String indent = layout.indentOf(anchor.get().getStart().getTokenIndex());
          edits.add(Edit.insertBefore(ruleId, layout.lineEnd(stop), layout.newline() + indent + lines(moved, indent)));
        } else {
          int at = layout.groupStart(anchor.get().getStart().getTokenIndex());
          String indent = layout.indentOf(at);
          edits.add(Edit.insertBefore(ruleId, at, lines(moved, indent) + layout.newline() + indent));
        }
    } else {
      throw new IllegalArgumentException("not an edit: " + action);
    }
    return Optional.empty();
  }

  /** Deletes a statement's lines with the comments on and directly above them. */
  private Edit deleteLines(String ruleId, ParserRuleContext statement) {
    int from = layout.groupStart(statement.getStart().getTokenIndex());
    int end = layout.lineEnd(statement.getStop().getTokenIndex());
    int nl = layout.newlineBefore(from);
    String keep = layout.token(nl).getText();
    keep = keep.substring(0, keep.lastIndexOf('\n'));
    if (keep.endsWith("\r")) {
      keep = keep.substring(0, keep.length() - 1);
    }
    return Edit.replace(ruleId, nl, end - 1, keep);
  }

  private boolean wholeLines(ParserRuleContext statement) {
    int from = layout.groupStart(statement.getStart().getTokenIndex());
    return layout.startsLine(from) && layout.newlineBefore(from) >= 0
        && layout.endsLine(statement.getStop().getTokenIndex());
  }

  /**
   * A template expanded line by line: its later lines get the indentation of the line they go on,
   * while the text of a metavariable keeps its own line breaks and indentation. A final line break
   * of the template is dropped.
   */
  private String expandLines(String template, Map<String, String> values, String indent) {
    // A literal block (|) ends with a line break that is not part of the code.
    String[] parts = template.replaceFirst("\r?\n$", "").split("\r?\n", -1);
    StringBuilder sb = new StringBuilder(Template.expand(parts[0], values));
    for (int i = 1; i < parts.length; i++) {
      sb.append(layout.newline());
      String line = Template.expand(parts[i], values);
      if (!line.isBlank()) {
        sb.append(indent).append(line);
      }
    }
    return sb.toString();
  }

  /** Later lines of inserted text get the indentation of the line they go on. */
  private String lines(String text, String indent) {
    String nl = layout.newline();
    String[] parts = text.split("\r?\n", -1);
    StringBuilder sb = new StringBuilder(parts[0].stripTrailing());
    for (int i = 1; i < parts.length; i++) {
      sb.append(nl);
      String part = parts[i].stripTrailing();
      if (!part.isEmpty()) {
        sb.append(indent).append(part);
      }
    }
    return sb.toString();
  }

  /**
   * A wrap template around target text: the template's later lines take the target's
   * indentation, and the target's later lines the indentation {@code $_} has in the template.
   */
  private String wrap(String template, String target, String indent, Map<String, String> values) {
    String[] tl = template.split("\n", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tl.length; i++) {
      String line = tl[i];
      if (i > 0) {
        sb.append(layout.newline());
        if (!line.isEmpty()) {
          sb.append(indent);
        }
      }
      int at = line.indexOf("$_");
      if (at >= 0) {
        String extra = line.substring(0, at).replaceAll("[^\t ]", "");
        Map<String, String> v = new HashMap<>(values);
        v.put("_", Layout.reindent(target, "", extra));
        line = Template.expand(line, v);
      } else {
        line = Template.expand(line, values);
      }
      sb.append(line);
    }
    return sb.toString();
  }

  private record Range(int start, int stop) {}

  private Range range(Match match, String target) {
    if (target.equals(FixAction.MATCH)) {
      return new Range(match.start(), match.stop());
    }
    Binding b = match.bindings().get(target).orElseThrow(
        () -> new IllegalArgumentException("unbound target $" + target));
    return widened(b);
  }

  /** The code of a binding, as a template copies it. */
  private String text(Binding b) {
    if (b.isEmpty()) {
      return "";
    }
    Range r = widened(b);
    return layout.text(r.start, r.stop);
  }

  /**
   * A binding's tokens; for one bound to every statement of a block ({@code { $$$B }}), also the
   * comments between the opening brace and its first statement and between its last statement
   * and the closing brace, so that the comments of a block go where its statements go.
   */
  private Range widened(Binding b) {
    // The matcher binds a whole statement list as the list node itself.
    if (b.isEmpty() || b.nodes().size() != 1
        || !(b.nodes().get(0) instanceof GoParser.StatementListContext list)
        || !(list.getParent() instanceof GoParser.BlockContext block)) {
      return new Range(b.start(), b.stop());
    }
    List<org.antlr.v4.runtime.Token> tokens = file.tokens().tokens();
    int start = b.start();
    for (int i = block.getStart().getTokenIndex() + 1; i < b.start(); i++) {
      if (tokens.get(i).getChannel() == dev.gofix.syntax.GoLexer.COMMENTS) {
        start = i;
        break;
      }
    }
    int stop = b.stop();
    for (int i = block.getStop().getTokenIndex() - 1; i > b.stop(); i--) {
      if (tokens.get(i).getChannel() == dev.gofix.syntax.GoLexer.COMMENTS) {
        stop = i;
        break;
      }
    }
    return new Range(start, stop);
  }

  /** The statement of a block that a target is, or is the single content of. */
  private Optional<ParserRuleContext> statement(Match match, String target) {
    ParseTree node;
    if (target.equals(FixAction.MATCH)) {
      node = match.node();
    } else {
      Optional<Binding> b = match.bindings().get(target);
      if (b.isEmpty() || b.get().node().isEmpty()) {
        return Optional.empty();
      }
      node = b.get().node().get();
    }
    if (node instanceof GoParser.CommClauseContext || node instanceof GoParser.CaseClauseContext) {
      return Optional.of((ParserRuleContext) node);
    }
    ParseTree n = node;
    while (n instanceof ParserRuleContext ctx && !(ctx instanceof GoParser.StatementContext)) {
      ParseTree parent = ctx.getParent();
      if (!(parent instanceof ParserRuleContext p) || p.getChildCount() != 1 && !(p instanceof GoParser.StatementContext)) {
        return Optional.empty();
      }
      n = parent;
    }
    if (n instanceof GoParser.StatementContext s && s.getParent() instanceof GoParser.StatementListContext) {
      return Optional.of(s);
    }
    return Optional.empty();
  }
}
