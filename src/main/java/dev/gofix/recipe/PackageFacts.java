package dev.gofix.recipe;

import dev.gofix.match.Facts;
import dev.gofix.resolve.Declaration;
import dev.gofix.resolve.FileScope;
import dev.gofix.resolve.Import;
import dev.gofix.resolve.Lookup;
import dev.gofix.resolve.PackageScope;
import dev.gofix.resolve.Scope;
import dev.gofix.resolve.TypeDescription;
import dev.gofix.rewrite.Names;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The resolver's view of one package, answering what constraints ({@link Facts}) and fixes
 * ({@link Names}) ask. Unknown stays unknown.
 */
final class PackageFacts {
  private final PackageScope scope;

  PackageFacts(List<ParsedFile> files) {
    this.scope = PackageScope.of(files);
  }

  FileFacts forFile(ParsedFile file) {
    return new FileFacts(scope.file(file));
  }

  /** The facts as seen from one file. */
  static final class FileFacts implements Facts, Names {
    private final FileScope file;

    FileFacts(FileScope file) {
      this.file = file;
    }

    /** The outermost function around a node: a fresh name must not collide anywhere in it. */
    @Override
    public Set<String> usedAround(ParseTree node) {
      Optional<ParserRuleContext> f = file.enclosingFunction(node);
      ParserRuleContext outer = null;
      while (f.isPresent()) {
        outer = f.get();
        f = outer.getParent() == null ? Optional.empty() : file.enclosingFunction(outer.getParent());
      }
      return file.namesIn(outer != null ? outer : file.file().tree());
    }

    @Override
    public boolean declaredAtPackageLevel(String name) {
      return file.declaredAtPackageLevel(name)
          || file.imports().stream().anyMatch(i -> i.name().equals(name));
    }

    @Override
    public boolean shadowedAt(String name, int tokenIndex) {
      Lookup l = file.lookup(name, tokenIndex);
      return switch (l.kind()) {
        case UNIVERSE -> false;
        // Declared nowhere: free, unless a dot import may bring the name in.
        case UNKNOWN -> file.imports().stream().anyMatch(i -> i.form() == Import.Form.DOT);
        case DECLARED -> l.declaration().map(d -> d.kind() != Declaration.Kind.IMPORT).orElse(true);
      };
    }

    @Override
    public Optional<String> kindOf(ParseTree expression) {
      return type(expression).map(t -> t.kind())
          .filter(k -> k != TypeDescription.Kind.UNKNOWN && k != TypeDescription.Kind.NAMED)
          .map(k -> k.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<String> typeOf(ParseTree expression) {
      return type(expression).map(TypeDescription::qualified);
    }

    private Optional<TypeDescription> type(ParseTree expression) {
      // "$P" of "$P.Get()" binds the operand alone, "$X" of "$X := …" the expression list.
      while (expression instanceof ParserRuleContext c && c.getChildCount() == 1
          && !(c instanceof dev.gofix.syntax.GoParser.PrimaryExprContext)
          && !(c instanceof dev.gofix.syntax.GoParser.HeaderPrimaryExprContext)) {
        expression = c.getChild(0);
      }
      if (expression instanceof TerminalNode t) {
        return file.declarationOf(t.getSymbol()).flatMap(d -> file.types().typeOf(d));
      }
      return file.types().typeOfExpression((ParserRuleContext) expression);
    }

    @Override
    public java.util.OptionalInt declarationOf(int identifierTokenIndex) {
      return declaration(identifierTokenIndex)
          .map(d -> java.util.OptionalInt.of(d.nameTokenIndex()))
          .orElse(java.util.OptionalInt.empty());
    }

    @Override
    public boolean packageVariable(int identifierTokenIndex) {
      return declaration(identifierTokenIndex)
          .filter(d -> d.kind() == Declaration.Kind.VAR)
          .filter(d -> file.enclosingFunction(d.node()).isEmpty())
          .isPresent();
    }

    private Optional<Declaration> declaration(int tokenIndex) {
      if (tokenIndex < 0 || tokenIndex >= file.file().tokens().size()) {
        return Optional.empty();
      }
      return file.declarationOf(file.file().tokens().get(tokenIndex));
    }

    @Override
    public Optional<String> typeWrittenAt(ParseTree expression, boolean element, int tokenIndex) {
      return new TypeSpelling(file).writtenAt(expression, element, tokenIndex);
    }

    @Override
    public boolean sliceTypeParameter(ParseTree expression) {
      return new TypeSpelling(file).sliceTypeParameter(expression);
    }

    @Override
    public Optional<Facts.Variable> variableOf(ParseTree identifier) {
      return identifierToken(identifier).flatMap(file::declarationOf).filter(Declaration::isVariable)
          .map(d -> new Facts.Variable(d.nameTokenIndex(), packageLevel(d)));
    }

    private boolean packageLevel(Declaration d) {
      Optional<FileScope> home = file.packageScope().fileScopeOf(d.node());
      return home.isEmpty() || home.get() != file || file.enclosingFunction(d.node()).isEmpty();
    }

    @Override
    public Optional<String> importPathOf(ParseTree identifier) {
      return identifierToken(identifier).flatMap(file::declarationOf)
          .filter(d -> d.kind() == Declaration.Kind.IMPORT)
          .flatMap(file::importOf)
          .map(i -> i.path());
    }

    @Override
    public Optional<String> kindOfType(ParseTree typeNode) {
      return typeNode instanceof ParserRuleContext c
          ? file.types().describe(c).map(t -> t.kind())
              .filter(k -> k != TypeDescription.Kind.UNKNOWN)
              .map(k -> k.name().toLowerCase(Locale.ROOT))
          : Optional.empty();
    }

    @Override
    public Optional<String> typeOfType(ParseTree typeNode) {
      return typeNode instanceof ParserRuleContext c
          ? file.types().describe(c).map(TypeDescription::qualified)
          : Optional.empty();
    }

    @Override
    public Optional<Names.Found> innermostVariableOfType(String type, int tokenIndex) {
      for (Optional<Scope> s = Optional.of(file.scopeAt(tokenIndex)); s.isPresent(); s = s.get().parent()) {
        Declaration best = null;
        for (Declaration d : s.get().declarations()) {
          if (!d.isVariable() || d.nameTokenIndex() >= tokenIndex
              || file.lookup(d.name(), tokenIndex).declaration().filter(d::equals).isEmpty()
              || !file.types().typeOf(d).map(TypeDescription::qualified).filter(type::equals).isPresent()) {
            continue;
          }
          if (best == null || d.nameTokenIndex() > best.nameTokenIndex()) {
            best = d;
          }
        }
        if (best != null) {
          return Optional.of(new Names.Found(best.name(), best.nameTokenIndex()));
        }
      }
      return Optional.empty();
    }

    private static Optional<org.antlr.v4.runtime.Token> identifierToken(ParseTree node) {
      ParseTree n = node;
      while (n instanceof ParserRuleContext c && c.getChildCount() == 1) {
        n = c.getChild(0);
      }
      return n instanceof TerminalNode t ? Optional.of(t.getSymbol()) : Optional.empty();
    }

    @Override
    public Optional<String> elemKindOf(ParseTree expression) {
      return type(expression).flatMap(TypeDescription::elem).map(TypeDescription::kind)
          .filter(k -> k != TypeDescription.Kind.UNKNOWN && k != TypeDescription.Kind.NAMED)
          .map(k -> k.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Set<String> packageNullaryMethodsOf(ParseTree expression) {
      Optional<TypeDescription> t = type(expression);
      if (t.isEmpty()) {
        return Set.of();
      }
      String name = t.get().spelled();
      if (name.startsWith("*")) {
        name = name.substring(1);
      }
      int bracket = name.indexOf('[');
      if (bracket > 0) {
        name = name.substring(0, bracket); // "List[T]": the methods of List
      }
      Optional<Declaration> d = file.packageScope().declaration(name);
      if (d.isEmpty() || d.get().kind() != Declaration.Kind.TYPE) {
        return Set.of();
      }
      Set<String> names = new java.util.LinkedHashSet<>();
      for (Declaration m : file.packageScope().methodsOf(name)) {
        if (m.node() instanceof dev.gofix.syntax.GoParser.MethodDeclContext md
            && md.signature().parameters().parameterDecl().isEmpty()) {
          names.add(m.name());
        }
      }
      return names;
    }

    /**
     * The package-level type declaration a type node names: {@code T}, {@code *T}, {@code T[A]}
     * or {@code (T)}, where the name means the package's type at the node.
     */
    private Optional<Declaration> namedPackageType(ParseTree typeNode) {
      List<org.antlr.v4.runtime.Token> terminals = new java.util.ArrayList<>();
      terminals(typeNode, terminals);
      int i = 0;
      while (i < terminals.size() && (terminals.get(i).getType() == GoLexer.STAR
          || terminals.get(i).getType() == GoLexer.L_PAREN)) {
        i++;
      }
      if (i >= terminals.size() || terminals.get(i).getType() != GoLexer.IDENTIFIER) {
        return Optional.empty();
      }
      if (i + 1 < terminals.size() && terminals.get(i + 1).getType() != GoLexer.L_BRACKET
          && terminals.get(i + 1).getType() != GoLexer.R_PAREN) {
        return Optional.empty(); // "pkg.T", "T.x": not a type of this package
      }
      org.antlr.v4.runtime.Token name = terminals.get(i);
      Optional<Declaration> d = file.packageScope().declaration(name.getText());
      if (d.isEmpty() || d.get().kind() != Declaration.Kind.TYPE
          || !file.declarationOf(name).filter(d.get()::equals).isPresent()) {
        return Optional.empty();
      }
      return d;
    }

    private static void terminals(ParseTree node, List<org.antlr.v4.runtime.Token> out) {
      if (node instanceof TerminalNode t) {
        out.add(t.getSymbol());
      }
      for (int i = 0; i < node.getChildCount(); i++) {
        terminals(node.getChild(i), out);
      }
    }

    @Override
    public List<Facts.Method> packageMethodsOfType(ParseTree typeNode) {
      return namedPackageType(typeNode).map(d -> methodsOf(d.name())).orElse(List.of());
    }

    private List<Facts.Method> methodsOf(String typeName) {
      List<Facts.Method> out = new java.util.ArrayList<>();
      for (Declaration m : file.packageScope().methodsOf(typeName)) {
        if (m.node() instanceof GoParser.MethodDeclContext md) {
          out.add(new Facts.Method(m.name(), pointerReceiver(md)));
        }
      }
      return out;
    }

    private static boolean pointerReceiver(GoParser.MethodDeclContext md) {
      List<GoParser.ParameterDeclContext> items = md.receiver().parameters().parameterDecl();
      GoParser.Type_Context type = items.isEmpty() ? null : items.get(0).type_();
      while (type != null && type.typeName() == null) {
        if (type.typeLit() != null) {
          return type.typeLit().pointerType() != null;
        }
        type = type.type_();
      }
      return false;
    }

    @Override
    public Set<String> packageFieldsOfType(ParseTree typeNode) {
      return namedPackageType(typeNode)
          .map(d -> (Set<String>) new java.util.LinkedHashSet<>(
              file.packageScope().fieldsOf(d.name()).keySet()))
          .orElse(Set.of());
    }

    @Override
    public Set<String> promotedPackageMethodsOfType(ParseTree typeNode) {
      ParseTree n = typeNode;
      while (n instanceof ParserRuleContext c && c.getChildCount() == 1) {
        n = c.getChild(0);
      }
      List<GoParser.FieldDeclContext> fields = new java.util.ArrayList<>();
      if (n instanceof GoParser.StructTypeContext struct) {
        fields.addAll(struct.fieldDecl());
      } else {
        Optional<Declaration> d = namedPackageType(typeNode);
        if (d.isEmpty()) {
          return Set.of();
        }
        for (Declaration f : file.packageScope().fieldsOf(d.get().name()).values()) {
          if (f.node() instanceof GoParser.FieldDeclContext fd) {
            fields.add(fd);
          }
        }
      }
      Set<String> names = new java.util.LinkedHashSet<>();
      for (GoParser.FieldDeclContext fd : fields) {
        if (fd.embeddedField() != null && fd.embeddedField().typeName().IDENTIFIER().size() == 1) {
          String embedded = fd.embeddedField().typeName().IDENTIFIER(0).getText();
          boolean packageType = file.packageScope().declaration(embedded)
              .filter(e -> e.kind() == Declaration.Kind.TYPE).isPresent();
          if (packageType) {
            methodsOf(embedded).forEach(m -> names.add(m.name()));
          }
        }
      }
      return names;
    }

    @Override
    public boolean declaredWithoutValue(ParseTree identifier) {
      return identifierToken(identifier).flatMap(file::declarationOf)
          .filter(d -> d.kind() == Declaration.Kind.VAR)
          .filter(d -> d.node() instanceof GoParser.VarSpecContext v && v.expressionList() == null)
          .isPresent();
    }

    @Override
    public Optional<Declared> declared(org.antlr.v4.runtime.Token identifier) {
      return file.declarationOf(identifier)
          .map(d -> new Declared(d.kind().name().toLowerCase(Locale.ROOT), d.nameTokenIndex()));
    }

    @Override
    public boolean refersTo(ParseTree node, int from, int to) {
      return file.refersTo(node, from, to);
    }

    @Override
    public java.util.OptionalInt localVariable(int identifierTokenIndex) {
      Optional<Declaration> d = file.declarationOf(file.file().tokens().get(identifierTokenIndex));
      if (d.isEmpty() || !d.get().isVariable() || d.get().kind() == Declaration.Kind.RECEIVER
          || file.enclosingFunction(d.get().node()).isEmpty()) {
        return java.util.OptionalInt.empty();
      }
      return java.util.OptionalInt.of(d.get().nameTokenIndex());
    }

    @Override
    public boolean predeclared(String name, int tokenIndex) {
      return file.isPredeclared(name, tokenIndex);
    }
  }
}
