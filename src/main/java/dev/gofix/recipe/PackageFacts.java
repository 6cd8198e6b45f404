package dev.gofix.recipe;

import dev.gofix.match.Facts;
import dev.gofix.rewrite.Names;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The name facts of one package for constraints and fixes. TODO(#3): backed by token scans, which
 * answer conservatively (a name written anywhere in the function counts as declared there), until
 * the resolver takes over.
 */
final class PackageFacts {
  private final Set<String> packageLevel = new HashSet<>();

  PackageFacts(List<ParsedFile> files) {
    for (ParsedFile f : files) {
      for (GoParser.TopLevelDeclContext d : f.tree().topLevelDecl()) {
        if (d.functionDecl() != null) {
          packageLevel.add(d.functionDecl().IDENTIFIER().getText());
        } else if (d.declaration() != null) {
          declaredNames(d.declaration(), packageLevel);
        }
      }
    }
  }

  private static void declaredNames(GoParser.DeclarationContext d, Set<String> out) {
    if (d.typeDecl() != null) {
      d.typeDecl().typeSpec().forEach(s -> out.add(s.IDENTIFIER().getText()));
    } else if (d.varDecl() != null) {
      d.varDecl().varSpec().forEach(s -> s.identifierList().IDENTIFIER().forEach(i -> out.add(i.getText())));
    } else if (d.constDecl() != null) {
      d.constDecl().constSpec().forEach(s -> s.identifierList().IDENTIFIER().forEach(i -> out.add(i.getText())));
    }
  }

  FileFacts forFile(ParsedFile file) {
    return new FileFacts(file);
  }

  /** The facts as seen from one file. */
  final class FileFacts implements Facts, Names {
    private final ParsedFile file;
    private final List<Token> tokens;

    FileFacts(ParsedFile file) {
      this.file = file;
      this.tokens = file.tokens().tokens();
    }

    private int[] functionRange(int tokenIndex) {
      for (GoParser.TopLevelDeclContext d : file.tree().topLevelDecl()) {
        if (d.getStart().getTokenIndex() <= tokenIndex && tokenIndex <= d.getStop().getTokenIndex()) {
          return new int[] {d.getStart().getTokenIndex(), d.getStop().getTokenIndex()};
        }
      }
      return new int[] {0, tokens.size() - 1};
    }

    /** Identifiers in a range that are not selector names ({@code x.name}). */
    private Set<String> names(int from, int to) {
      Set<String> out = new HashSet<>();
      for (int i = from; i <= to; i++) {
        Token t = tokens.get(i);
        if (t.getType() == GoLexer.IDENTIFIER && !afterDot(i)) {
          out.add(t.getText());
        }
      }
      return out;
    }

    private boolean afterDot(int i) {
      for (int j = i - 1; j >= 0; j--) {
        Token t = tokens.get(j);
        if (t.getChannel() == Token.DEFAULT_CHANNEL && !t.getText().isEmpty()) {
          return t.getType() == GoLexer.DOT;
        }
      }
      return false;
    }

    private int start(ParseTree node) {
      return node instanceof ParserRuleContext c ? c.getStart().getTokenIndex()
          : ((org.antlr.v4.runtime.tree.TerminalNode) node).getSymbol().getTokenIndex();
    }

    private int stop(ParseTree node) {
      return node instanceof ParserRuleContext c ? c.getStop().getTokenIndex() : start(node);
    }

    @Override
    public Set<String> usedAround(ParseTree node) {
      int[] r = functionRange(start(node));
      return names(r[0], r[1]);
    }

    @Override
    public boolean declaredAtPackageLevel(String name) {
      return packageLevel.contains(name);
    }

    @Override
    public boolean shadowedAt(String name, int tokenIndex) {
      int[] r = functionRange(tokenIndex);
      return packageLevel.contains(name) || names(r[0], r[1]).contains(name) && declaresLocally(name, r);
    }

    private boolean declaresLocally(String name, int[] r) {
      // A use as "name." is the package itself; any other use may be a local declaration.
      for (int i = r[0]; i <= r[1]; i++) {
        Token t = tokens.get(i);
        if (t.getType() == GoLexer.IDENTIFIER && t.getText().equals(name) && !afterDot(i) && !beforeDot(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean beforeDot(int i) {
      for (int j = i + 1; j < tokens.size(); j++) {
        Token t = tokens.get(j);
        if (t.getChannel() == Token.DEFAULT_CHANNEL && !t.getText().isEmpty()) {
          return t.getType() == GoLexer.DOT;
        }
      }
      return false;
    }

    @Override
    public Optional<String> kindOf(ParseTree expression) {
      return Optional.empty();
    }

    @Override
    public Optional<String> typeOf(ParseTree expression) {
      return Optional.empty();
    }

    @Override
    public boolean refersTo(ParseTree node, int from, int to) {
      Set<String> declared = names(from, to);
      for (String n : names(start(node), stop(node))) {
        if (declared.contains(n)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean predeclared(String name, int tokenIndex) {
      if (packageLevel.contains(name)) {
        return false;
      }
      for (GoParser.ImportDeclContext d : file.tree().importDecl()) {
        for (GoParser.ImportSpecContext s : d.importSpec()) {
          if (s.DOT() != null || s.IDENTIFIER() != null && s.IDENTIFIER().getText().equals(name)) {
            return false;
          }
        }
      }
      int[] r = functionRange(tokenIndex);
      return !declaresLocally(name, r);
    }
  }
}
