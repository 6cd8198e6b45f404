package dev.gofix.resolve;

import dev.gofix.resolve.Declaration.Kind;
import dev.gofix.syntax.GoParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/** Reads the imports of a file and the local name each one gives its package. */
final class Imports {
  private Imports() {}

  static List<Import> of(GoParser.SourceFileContext tree) {
    List<Import> out = new ArrayList<>();
    for (GoParser.ImportDeclContext decl : tree.importDecl()) {
      for (GoParser.ImportSpecContext spec : decl.importSpec()) {
        if (spec.importPath() == null) {
          continue;
        }
        String quoted = spec.importPath().getText();
        String path = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
        out.add(of(spec, path));
      }
    }
    return List.copyOf(out);
  }

  private static Import of(GoParser.ImportSpecContext spec, String path) {
    if (spec.DOT() != null) {
      return new Import(path, ".", true, Import.Form.DOT, Optional.empty());
    }
    if (spec.IDENTIFIER() != null) {
      Token name = spec.IDENTIFIER().getSymbol();
      if (name.getText().equals("_")) {
        return new Import(path, "_", true, Import.Form.BLANK, Optional.empty());
      }
      return new Import(
          path,
          name.getText(),
          true,
          Import.Form.RENAMED,
          Optional.of(Declarations.of(name, Kind.IMPORT, spec, null, null)));
    }
    String name = defaultName(path);
    boolean certain = !path.contains(".") && isIdentifier(name);
    Token at = spec.importPath().getStart();
    Declaration d =
        new Declaration(name, Kind.IMPORT, at.getTokenIndex(), spec, Optional.empty(), Optional.empty());
    return new Import(path, name, certain, Import.Form.DEFAULT, Optional.of(d));
  }

  /** The last path element, skipping a major version element "vN" (N > 1 digits only). */
  static String defaultName(String path) {
    String[] parts = path.split("/");
    int last = parts.length - 1;
    if (last > 0 && parts[last].matches("v[0-9]+")) {
      last--;
    }
    return parts[last];
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }
}
