package dev.gofix.rewrite;

import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds how a file imports a package, and adds an import where gofmt would keep it: in the
 * parenthesized import block, in the group of standard-library or of other imports as the path
 * is, at its sorted place.
 */
final class ImportEditor {
  private final ParsedFile file;
  private final Layout layout;

  ImportEditor(ParsedFile file, Layout layout) {
    this.file = file;
    this.layout = layout;
  }

  /** How the file imports a path: the local name, or {@code "."}/{@code "_"}. */
  Optional<String> importedAs(String path) {
    for (GoParser.ImportSpecContext spec : specs()) {
      if (pathOf(spec).equals(path)) {
        if (spec.DOT() != null) {
          return Optional.of(".");
        }
        if (spec.IDENTIFIER() != null) {
          return Optional.of(spec.IDENTIFIER().getText());
        }
        return Optional.of(defaultName(path));
      }
    }
    return Optional.empty();
  }

  /** The name a package is imported under without a rename: its last path element. */
  static String defaultName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static boolean isStandard(String path) {
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    return !first.contains(".");
  }

  /** The edit that adds {@code import "path"}. */
  Edit add(String ruleId, String path) {
    String nl = layout.newline();
    String spec = "\"" + path + "\"";
    List<GoParser.ImportDeclContext> decls = file.tree().importDecl();
    for (GoParser.ImportDeclContext decl : decls) {
      if (decl.L_PAREN() == null || decl.importSpec().isEmpty()) {
        continue;
      }
      List<List<GoParser.ImportSpecContext>> groups = groups(decl.importSpec());
      List<GoParser.ImportSpecContext> group = groups.get(0);
      for (List<GoParser.ImportSpecContext> g : groups) {
        if (isStandard(pathOf(g.get(0))) == isStandard(path)) {
          group = g;
          break;
        }
      }
      for (GoParser.ImportSpecContext s : group) {
        if (pathOf(s).compareTo(path) > 0) {
          int at = s.getStart().getTokenIndex();
          return Edit.insertBefore(ruleId, at, spec + nl + layout.indentOf(at));
        }
      }
      GoParser.ImportSpecContext last = group.get(group.size() - 1);
      int end = layout.lineEnd(last.getStop().getTokenIndex());
      return Edit.insertBefore(ruleId, end, nl + layout.indentOf(last.getStart().getTokenIndex()) + spec);
    }
    if (decls.size() == 1 && decls.get(0).L_PAREN() == null) {
      Optional<Edit> group = group(ruleId, decls.get(0), spec);
      if (group.isPresent()) {
        return group.get();
      }
    }
    if (!decls.isEmpty()) {
      int end = layout.lineEnd(decls.get(decls.size() - 1).getStop().getTokenIndex());
      return Edit.insertBefore(ruleId, end, nl + "import " + spec);
    }
    int end = layout.lineEnd(file.tree().packageClause().getStop().getTokenIndex());
    return Edit.insertBefore(ruleId, end, nl + nl + "import " + spec);
  }

  /**
   * {@code import "fmt"} and a new path become one parenthesized block, sorted, with a blank line
   * between the standard library and other paths; empty when a comment sits on the import's line.
   */
  private Optional<Edit> group(String ruleId, GoParser.ImportDeclContext decl, String spec) {
    int start = decl.getStart().getTokenIndex();
    int stop = decl.getStop().getTokenIndex();
    for (int i = stop + 1; i < layout.lineEnd(stop); i++) {
      if (layout.token(i).getChannel() == dev.gofix.syntax.GoLexer.COMMENTS) {
        return Optional.empty();
      }
    }
    GoParser.ImportSpecContext old = decl.importSpec(0);
    String oldText = layout.text(old.getStart().getTokenIndex(), old.getStop().getTokenIndex());
    String newPath = spec.substring(1, spec.length() - 1);
    boolean oldFirst = isStandard(pathOf(old)) != isStandard(newPath)
        ? isStandard(pathOf(old)) : pathOf(old).compareTo(newPath) < 0;
    String nl = layout.newline();
    String between = isStandard(pathOf(old)) == isStandard(newPath) ? nl : nl + nl;
    String body = oldFirst ? "\t" + oldText + between + "\t" + spec : "\t" + spec + between + "\t" + oldText;
    return Optional.of(Edit.replace(ruleId, start, stop, "import (" + nl + body + nl + ")"));
  }

  /** Runs of specs not separated by a blank line. */
  private List<List<GoParser.ImportSpecContext>> groups(List<GoParser.ImportSpecContext> specs) {
    List<List<GoParser.ImportSpecContext>> groups = new ArrayList<>();
    List<GoParser.ImportSpecContext> current = new ArrayList<>();
    int previousLine = -1;
    for (GoParser.ImportSpecContext s : specs) {
      int line = s.getStart().getLine();
      if (previousLine >= 0 && line > previousLine + 1 && !current.isEmpty()) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(s);
      previousLine = s.getStop().getLine();
    }
    groups.add(current);
    return groups;
  }

  private List<GoParser.ImportSpecContext> specs() {
    List<GoParser.ImportSpecContext> out = new ArrayList<>();
    for (GoParser.ImportDeclContext d : file.tree().importDecl()) {
      out.addAll(d.importSpec());
    }
    return out;
  }

  private static String pathOf(GoParser.ImportSpecContext spec) {
    String raw = spec.importPath().getText();
    return raw.substring(1, raw.length() - 1);
  }
}
