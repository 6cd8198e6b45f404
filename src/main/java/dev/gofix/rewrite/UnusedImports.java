package dev.gofix.rewrite;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Removes the imports an edit made unused: a package the file used before the edit (a name
 * followed by a dot) and no longer uses after it. Imports that were unused before, blank and dot
 * imports are left as they are.
 */
public final class UnusedImports {
  private UnusedImports() {}

  /** The edited text without the imports its edit made unused, or empty when there are none. */
  public static Optional<String> remove(ParsedFile before, ParsedFile after) {
    Map<String, Integer> usesBefore = qualifiedUses(before);
    Map<String, Integer> usesAfter = null; // counted when an import was used before
    Layout layout = new Layout(after.tokens().tokens(), after.source().text());
    EditSet edits = new EditSet();
    for (GoParser.ImportDeclContext decl : after.tree().importDecl()) {
      for (GoParser.ImportSpecContext spec : decl.importSpec()) {
        if (spec.DOT() != null) {
          continue;
        }
        String raw = spec.importPath().getText();
        String name = spec.IDENTIFIER() != null ? spec.IDENTIFIER().getText()
            : ImportEditor.defaultName(raw.substring(1, raw.length() - 1));
        if (name.equals("_") || usesBefore.getOrDefault(name, 0) == 0) {
          continue;
        }
        if (usesAfter == null) {
          usesAfter = qualifiedUses(after);
        }
        if (usesAfter.getOrDefault(name, 0) > 0) {
          continue;
        }
        boolean alone = decl.L_PAREN() == null;
        int start = (alone ? decl : spec).getStart().getTokenIndex();
        int stop = (alone ? decl : spec).getStop().getTokenIndex();
        int nl = layout.newlineBefore(start);
        if (nl < 0 || !layout.endsLine(stop)) {
          continue;
        }
        String keep = layout.token(nl).getText();
        keep = keep.substring(0, keep.lastIndexOf('\n'));
        if (keep.endsWith("\r")) {
          keep = keep.substring(0, keep.length() - 1);
        }
        int end = layout.lineEnd(stop);
        String next = layout.token(end).getText().replace("\r", "");
        if (keep.contains("\n") && next.startsWith("\n\n")) {
          // A blank line on each side: one of them goes with the import.
          keep = keep.substring(0, keep.lastIndexOf('\n'));
          keep = keep.endsWith("\r") ? keep.substring(0, keep.length() - 1) : keep;
        }
        edits.add(Edit.replace("unused-import", nl, end - 1, keep));
      }
    }
    return edits.isEmpty() ? Optional.empty() : Optional.of(edits.apply(after.tokens()));
  }

  /** How often each name is written as {@code name.} outside the imports. */
  private static Map<String, Integer> qualifiedUses(ParsedFile file) {
    Map<String, Integer> uses = new HashMap<>();
    List<Token> tokens = file.tokens().tokens();
    int from = file.tree().importDecl().isEmpty() ? 0
        : file.tree().importDecl(file.tree().importDecl().size() - 1).getStop().getTokenIndex() + 1;
    Token previous = null;
    for (int i = from; i < tokens.size() - 1; i++) {
      Token t = tokens.get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (t.getType() == GoLexer.IDENTIFIER && (previous == null || previous.getType() != GoLexer.DOT)
          && nextIsDot(tokens, i)) {
        uses.merge(t.getText(), 1, Integer::sum);
      }
      previous = t;
    }
    return uses;
  }

  private static boolean nextIsDot(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t.getType() == GoLexer.DOT;
      }
    }
    return false;
  }
}
