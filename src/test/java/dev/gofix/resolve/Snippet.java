package dev.gofix.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Go source parsed and resolved for tests, with identifiers found by name and occurrence. */
final class Snippet {
  final ParsedFile file;
  final PackageScope pkg;
  final FileScope scope;

  private Snippet(ParsedFile file, PackageScope pkg) {
    this.file = file;
    this.pkg = pkg;
    this.scope = pkg.file(file);
  }

  static ParsedFile parse(String name, String text) {
    ParsedFile file = new GoFileParser().parse(new GoSource(name, text));
    assertTrue(file.errors().isEmpty(), () -> "syntax errors: " + file.errors());
    return file;
  }

  /** One file alone as its package. */
  static Snippet of(String text) {
    ParsedFile file = parse("a.go", text);
    return new Snippet(file, PackageScope.of(List.of(file)));
  }

  /** The first of several files of one package. */
  static Snippet ofPackage(String... texts) {
    List<ParsedFile> files = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      files.add(parse("f" + i + ".go", texts[i]));
    }
    return new Snippet(files.get(0), PackageScope.of(files));
  }

  /** The identifier token with that text, by occurrence counted from 0 in source order. */
  Token id(String name, int occurrence) {
    int seen = 0;
    for (Token t : file.tokens().tokens()) {
      if (t.getType() == GoLexer.IDENTIFIER && t.getText().equals(name) && seen++ == occurrence) {
        return t;
      }
    }
    throw new AssertionError("no occurrence " + occurrence + " of " + name);
  }

  /** The tree's terminal node of an identifier, by name and occurrence. */
  TerminalNode terminal(String name, int occurrence) {
    Token token = id(name, occurrence);
    java.util.ArrayDeque<ParseTree> todo = new java.util.ArrayDeque<>(List.of(file.tree()));
    while (!todo.isEmpty()) {
      ParseTree t = todo.pop();
      if (t instanceof TerminalNode n && n.getSymbol() == token) {
        return n;
      }
      for (int i = 0; i < t.getChildCount(); i++) {
        todo.push(t.getChild(i));
      }
    }
    throw new AssertionError("not in the tree: " + name);
  }

  Optional<Declaration> declarationOf(String name, int occurrence) {
    return scope.declarationOf(id(name, occurrence));
  }

  /** The occurrence number of the declaration's name token among tokens of its text, or -1. */
  int resolvedOccurrence(String name, int occurrence) {
    Optional<Declaration> d = declarationOf(name, occurrence);
    if (d.isEmpty()) {
      return -1;
    }
    for (int i = 0; ; i++) {
      if (id(name, i).getTokenIndex() == d.get().nameTokenIndex()) {
        return i;
      }
    }
  }

  /** The index of the first token with that text (any kind), by occurrence. */
  int tokenIndex(String text, int occurrence) {
    int seen = 0;
    for (Token t : file.tokens().tokens()) {
      if (t.getText().equals(text) && seen++ == occurrence) {
        return t.getTokenIndex();
      }
    }
    throw new AssertionError("no occurrence " + occurrence + " of " + text);
  }

  Optional<TypeDescription> typeOf(String name, int occurrence) {
    return declarationOf(name, occurrence).flatMap(d -> pkg.types().typeOf(d));
  }
}
