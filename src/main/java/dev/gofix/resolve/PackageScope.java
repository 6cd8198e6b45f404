package dev.gofix.resolve;

import dev.gofix.resolve.Declaration.Kind;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The package block of one Go package: the package-level declarations of all its files, their
 * imports, the methods of each receiver type and the fields of each struct type. File scopes are
 * built on demand by {@link #file(ParsedFile)}; thread-safe.
 */
public final class PackageScope {
  private final List<ParsedFile> files;
  private final Map<String, Declaration> declarations = new HashMap<>();
  private final Map<String, List<Declaration>> methods = new HashMap<>();
  private final Map<String, Map<String, Declaration>> fields = new HashMap<>();
  private final Map<ParsedFile, List<Import>> imports = new IdentityHashMap<>();
  private final Map<ParseTree, ParsedFile> fileByTree = new IdentityHashMap<>();
  private final Map<ParsedFile, FileScope> fileScopes = new IdentityHashMap<>();
  private final TypeFacts types = new TypeFacts(this);

  private PackageScope(List<ParsedFile> files) {
    this.files = List.copyOf(files);
  }

  /**
   * Collects the package-level facts of the files of one package (the caller gives the files of
   * one directory that share a package clause; see {@link #byPackageClause(List)}).
   */
  public static PackageScope of(List<ParsedFile> files) {
    PackageScope scope = new PackageScope(files);
    for (ParsedFile file : files) {
      scope.collect(file);
    }
    return scope;
  }

  /** Splits the files of a directory by package clause ("http" and "http_test") into packages. */
  public static Map<String, PackageScope> byPackageClause(List<ParsedFile> files) {
    Map<String, List<ParsedFile>> groups = new LinkedHashMap<>();
    for (ParsedFile file : files) {
      GoParser.PackageClauseContext clause = file.tree().packageClause();
      String name =
          clause == null || clause.IDENTIFIER() == null ? "" : clause.IDENTIFIER().getText();
      groups.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
    }
    Map<String, PackageScope> out = new LinkedHashMap<>();
    groups.forEach((name, group) -> out.put(name, of(group)));
    return out;
  }

  private void collect(ParsedFile file) {
    fileByTree.put(file.tree(), file);
    imports.put(file, Imports.of(file.tree()));
    for (GoParser.TopLevelDeclContext top : file.tree().topLevelDecl()) {
      if (top.functionDecl() != null) {
        Declarations.function(top.functionDecl(), top.functionDecl().IDENTIFIER())
            .ifPresent(this::add);
      } else if (top.methodDecl() != null) {
        GoParser.MethodDeclContext m = top.methodDecl();
        Optional<String> receiver = receiverTypeName(m);
        Optional<Declaration> d = Declarations.function(m, m.IDENTIFIER());
        if (receiver.isPresent() && d.isPresent()) {
          methods.computeIfAbsent(receiver.get(), k -> new ArrayList<>()).add(d.get());
        }
      } else if (top.declaration() != null) {
        declaration(top.declaration());
      }
    }
  }

  private void declaration(GoParser.DeclarationContext decl) {
    if (decl.constDecl() != null) {
      GoParser.ConstSpecContext previous = null;
      for (GoParser.ConstSpecContext spec : decl.constDecl().constSpec()) {
        Declarations.constSpec(spec, previous).forEach(this::add);
        if (spec.type_() != null || spec.expressionList() != null) {
          previous = spec;
        }
      }
    } else if (decl.varDecl() != null) {
      decl.varDecl().varSpec().forEach(spec -> Declarations.varSpec(spec).forEach(this::add));
    } else if (decl.typeDecl() != null) {
      for (GoParser.TypeSpecContext spec : decl.typeDecl().typeSpec()) {
        Declarations.typeSpec(spec).ifPresent(this::add);
        GoParser.Type_Context type = spec.type_();
        if (spec.IDENTIFIER() != null
            && type != null
            && type.typeLit() != null
            && type.typeLit().structType() != null) {
          Map<String, Declaration> byName = new LinkedHashMap<>();
          for (GoParser.FieldDeclContext field : type.typeLit().structType().fieldDecl()) {
            Declarations.fields(field).forEach(f -> byName.putIfAbsent(f.name(), f));
          }
          fields.put(spec.IDENTIFIER().getText(), Collections.unmodifiableMap(byName));
        }
      }
    }
  }

  private void add(Declaration d) {
    if (!d.name().equals("init") || d.kind() != Kind.FUNC) {
      declarations.putIfAbsent(d.name(), d);
    }
  }

  /** The base type name of a method's receiver: "T" for "(t *T)" and "(m Map[K, V])". */
  static Optional<String> receiverTypeName(GoParser.MethodDeclContext m) {
    if (m.receiver() == null || m.receiver().parameters() == null) {
      return Optional.empty();
    }
    List<GoParser.ParameterDeclContext> items = m.receiver().parameters().parameterDecl();
    if (items.size() != 1) {
      return Optional.empty();
    }
    GoParser.Type_Context type = items.get(0).type_();
    while (type != null) {
      if (type.typeName() != null) {
        return Optional.of(type.typeName().IDENTIFIER(0).getText());
      } else if (type.typeLit() != null && type.typeLit().pointerType() != null) {
        type = type.typeLit().pointerType().type_();
      } else {
        type = type.type_();
      }
    }
    return Optional.empty();
  }

  /** The files of the package, as given. */
  public List<ParsedFile> files() {
    return files;
  }

  /** The scope of one file of the package, built on first use. */
  public synchronized FileScope file(ParsedFile file) {
    if (!imports.containsKey(file)) {
      throw new IllegalArgumentException("not a file of this package: " + file.source().path());
    }
    FileScope scope = fileScopes.get(file);
    if (scope == null) {
      scope = new FileScope(this, file);
      fileScopes.put(file, scope);
    }
    return scope;
  }

  /** The package-level const, var, type or func of that name (methods and init are not). */
  public Optional<Declaration> declaration(String name) {
    return Optional.ofNullable(declarations.get(name));
  }

  /** Whether a const, var, type or func of that name is declared at package level. */
  public boolean declaredAtPackageLevel(String name) {
    return declarations.containsKey(name);
  }

  /** The methods declared with a receiver of the named base type, in file order. */
  public List<Declaration> methodsOf(String receiverTypeName) {
    return List.copyOf(methods.getOrDefault(receiverTypeName, List.of()));
  }

  /** The fields of a package-level struct type by name, in declaration order (FIELD kind). */
  public Map<String, Declaration> fieldsOf(String structTypeName) {
    return fields.getOrDefault(structTypeName, Map.of());
  }

  /** The imports of one file of the package, in order. */
  public List<Import> imports(ParsedFile file) {
    return imports.getOrDefault(file, List.of());
  }

  /** Type descriptions for declarations and type nodes of this package's files. */
  public TypeFacts types() {
    return types;
  }

  /** The file whose tree holds a node, if the node is from a file of this package. */
  Optional<ParsedFile> fileOf(ParseTree node) {
    ParseTree root = node;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return Optional.ofNullable(fileByTree.get(root));
  }

  /** The scope of the file holding a node. */
  public Optional<FileScope> fileScopeOf(ParserRuleContext node) {
    return fileOf(node).map(this::file);
  }
}
