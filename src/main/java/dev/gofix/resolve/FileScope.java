package dev.gofix.resolve;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The names of one file of a package resolved: what each identifier refers to and what a name
 * would mean anywhere in the file. Built by one walk over the tree when first created; every
 * query after that is a map lookup or a binary search over the scopes.
 */
public final class FileScope {
  private final PackageScope pkg;
  private final ParsedFile file;
  private final ScopeBuilder.Result resolved;
  private final Map<String, Declaration> guessedImports = new java.util.HashMap<>();

  FileScope(PackageScope pkg, ParsedFile file) {
    this.pkg = pkg;
    this.file = file;
    this.resolved = ScopeBuilder.build(pkg, file);
    for (Import imp : pkg.imports(file)) {
      if (!imp.nameCertain()) {
        imp.declaration().ifPresent(d -> guessedImports.putIfAbsent(d.name(), d));
      }
    }
  }

  /** The file. */
  public ParsedFile file() {
    return file;
  }

  /** The package the file belongs to. */
  public PackageScope packageScope() {
    return pkg;
  }

  /** The file's imports, in order. */
  public List<Import> imports() {
    return pkg.imports(file);
  }

  /** The import an IMPORT declaration of this file stands for. */
  public Optional<Import> importOf(Declaration declaration) {
    return imports().stream()
        .filter(i -> i.declaration().filter(declaration::equals).isPresent())
        .findFirst();
  }

  /** Type descriptions for this package. */
  public TypeFacts types() {
    return pkg.types();
  }

  /**
   * The declaration an identifier token of this file declares or refers to. Empty for selector
   * names ("f" in "x.f"), field names in composite literals, method names in interfaces, the
   * blank identifier, the package name, and names declared nowhere in the package.
   */
  public Optional<Declaration> declarationOf(Token identifier) {
    if (identifier == null || identifier.getType() != GoLexer.IDENTIFIER) {
      return Optional.empty();
    }
    int index = identifier.getTokenIndex();
    if (index < 0 || index >= file.tokens().size() || file.tokens().get(index) != identifier) {
      return Optional.empty();
    }
    Declaration declared = resolved.declaring().get(index);
    if (declared != null) {
      return Optional.of(declared);
    }
    if (resolved.references().get(index)) {
      return lookup(identifier.getText(), index).declaration();
    }
    Map<String, Declaration> labels = resolved.labelReferences().get(index);
    return labels == null ? Optional.empty() : Optional.ofNullable(labels.get(identifier.getText()));
  }

  /**
   * What a name (of a constant, type, variable, function or package; labels are apart) would
   * mean if written at a token index of the file's full token stream. Local scopes come first,
   * then the file's imports, the package's declarations, imports whose name is only the last
   * path element ({@link Import#nameCertain()} false), and the universe. A name found nowhere is
   * unknown: it may come from a dot import or a file not given.
   */
  public Lookup lookup(String name, int tokenIndex) {
    for (Scope s = scopeAt(tokenIndex); s != null; s = s.parentOrNull()) {
      Declaration d = s.visibleAt(name, tokenIndex);
      if (d != null) {
        return Lookup.of(d);
      }
    }
    Optional<Declaration> packageLevel = pkg.declaration(name);
    if (packageLevel.isPresent()) {
      return Lookup.of(packageLevel.get());
    }
    Declaration guessed = guessedImports.get(name);
    if (guessed != null) {
      return Lookup.of(guessed);
    }
    // A dot import brings in exported names only; no predeclared name is exported.
    if (!name.equals("_") && Universe.contains(name)) {
      return Lookup.UNIVERSE;
    }
    return Lookup.UNKNOWN;
  }

  /** Whether the name means the predeclared identifier at that token index. */
  public boolean isPredeclared(String name, int tokenIndex) {
    return lookup(name, tokenIndex).kind() == Lookup.Kind.UNIVERSE;
  }

  /** The innermost scope whose extent holds a token index. */
  public Scope scopeAt(int tokenIndex) {
    List<Scope> scopes = resolved.scopes();
    int lo = 0;
    int hi = scopes.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (scopes.get(mid).start() <= tokenIndex) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Scope s = scopes.get(lo);
    while (s.parentOrNull() != null && !s.contains(tokenIndex)) {
      s = s.parentOrNull();
    }
    return s;
  }

  /** Every identifier written within a node, declared or referenced or selected. */
  public Set<String> namesIn(ParserRuleContext node) {
    Set<String> names = new HashSet<>();
    forEachIdentifier(node, t -> names.add(t.getText()));
    return names;
  }

  /** Whether a const, var, type or func of that name is declared at package level. */
  public boolean declaredAtPackageLevel(String name) {
    return pkg.declaredAtPackageLevel(name);
  }

  /** The innermost function declaration, method declaration or function literal holding a node. */
  public Optional<ParserRuleContext> enclosingFunction(ParseTree node) {
    for (ParseTree t = node; t != null; t = t.getParent()) {
      if (t instanceof GoParser.FunctionDeclContext || t instanceof GoParser.MethodDeclContext) {
        return Optional.of((ParserRuleContext) t);
      }
      if (t instanceof GoParser.OperandContext o && o.FUNC() != null && o.block() != null) {
        return Optional.of(o);
      }
      if (t instanceof GoParser.HeaderOperandContext o && o.FUNC() != null && o.block() != null) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an identifier within a node resolves to a declaration whose name token lies in the
   * token index range [from, to].
   */
  public boolean refersTo(ParseTree node, int fromTokenIndex, int toTokenIndex) {
    boolean[] found = {false};
    forEachIdentifier(
        node,
        t -> {
          if (!found[0]) {
            Optional<Declaration> d = declarationOf(t);
            found[0] =
                d.isPresent()
                    && d.get().nameTokenIndex() >= fromTokenIndex
                    && d.get().nameTokenIndex() <= toTokenIndex;
          }
        });
    return found[0];
  }

  private void forEachIdentifier(ParseTree node, java.util.function.Consumer<Token> action) {
    Interval range = node.getSourceInterval();
    int stop = Math.min(range.b, file.tokens().size() - 1);
    for (int i = Math.max(0, range.a); i <= stop; i++) {
      Token t = file.tokens().get(i);
      if (t.getType() == GoLexer.IDENTIFIER) {
        action.accept(t);
      }
    }
  }
}
