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
 * would mean anywhere in the file. Each top-level declaration is walked once, when a question
 * about a token in it is first asked (most files are asked about a few functions only); every
 * query after that is a map lookup or a binary search over the scopes. Not thread-safe: a
 * package's files are run on one thread.
 */
public final class FileScope {
  private final PackageScope pkg;
  private final ParsedFile file;
  /** The root scope and the imports: everything outside the top-level declarations. */
  private final ScopeBuilder.Result head;
  private final List<GoParser.TopLevelDeclContext> declarations;
  /** The first token index of each top-level declaration, ascending. */
  private final int[] starts;
  /** Per top-level declaration, its walk; null until asked for. */
  private final ScopeBuilder.Result[] parts;
  private final Map<String, Declaration> guessedImports = new java.util.HashMap<>();

  FileScope(PackageScope pkg, ParsedFile file) {
    this.pkg = pkg;
    this.file = file;
    this.head = ScopeBuilder.imports(pkg, file);
    this.declarations = file.tree().topLevelDecl();
    this.starts = new int[declarations.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = declarations.get(i).getStart().getTokenIndex();
    }
    this.parts = new ScopeBuilder.Result[declarations.size()];
    for (Import imp : pkg.imports(file)) {
      if (!imp.nameCertain()) {
        imp.declaration().ifPresent(d -> guessedImports.putIfAbsent(d.name(), d));
      }
    }
  }

  /** The walk that covers a token index: its top-level declaration's, or the head's. */
  private ScopeBuilder.Result partAt(int tokenIndex) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= tokenIndex) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || tokenIndex > ScopeBuilder.stop(declarations.get(found))) {
      return head;
    }
    if (parts[found] == null) {
      parts[found] = ScopeBuilder.declaration(pkg, head.root(), declarations.get(found));
    }
    return parts[found];
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
    ScopeBuilder.Result resolved = partAt(index);
    Declaration declared = resolved.declaring().get(index);
    if (declared == null && resolved != head) {
      declared = head.declaring().get(index);
    }
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
    List<Scope> scopes = partAt(tokenIndex).scopes();
    if (scopes.isEmpty()) {
      return head.root();
    }
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
    if (s.start() > tokenIndex) {
      return head.root();
    }
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
