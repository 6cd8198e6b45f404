package dev.gofix.resolve;

import dev.gofix.resolve.Declaration.Initializer;
import dev.gofix.resolve.TypeDescription.Kind;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.GoTokenSource;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The types of a package's declarations as far as syntax shows them: written types, followed
 * through the package's type declarations to their underlying kind, and a small, explicit set of
 * inferences from initialisers (all in {@link #typeOfExpression}).
 */
public final class TypeFacts {
  /** How many "x := y" steps inference follows. */
  private static final int MAX_DEPTH = 16;

  private final PackageScope pkg;

  TypeFacts(PackageScope pkg) {
    this.pkg = pkg;
  }

  /** The type of a declared name: written, or inferred from its initialiser where that is simple. */
  public Optional<TypeDescription> typeOf(Declaration declaration) {
    return typeOf(declaration, 0);
  }

  /**
   * Describes a type node (type_, a type literal, a type name, a result, an embedded field) or an
   * expression that denotes a type ("make(T)"'s T, "*T", "pkg.T", "[]int").
   */
  public Optional<TypeDescription> describe(ParserRuleContext typeNode) {
    return pkg.fileScopeOf(typeNode).flatMap(fs -> describe(typeNode, fs, new HashSet<>()));
  }

  /**
   * The type of an expression, for these forms only: basic literals (by their default type),
   * names of typed declarations, "make(T, …)", "new(T)", "T{…}", "&T{…}", conversions "T(x)"
   * where T is a type name or literal, type assertions "x.(T)", and function literals.
   */
  public Optional<TypeDescription> typeOfExpression(ParserRuleContext expression) {
    return pkg.fileScopeOf(expression).flatMap(fs -> typeOfExpression(expression, fs, 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Declarations

  private Optional<TypeDescription> typeOf(Declaration d, int depth) {
    Optional<FileScope> scope = pkg.fileScopeOf(d.node());
    if (scope.isEmpty() || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    FileScope fs = scope.get();
    Token name = fs.file().tokens().get(d.nameTokenIndex());
    switch (d.kind()) {
      case IMPORT:
      case LABEL:
        return Optional.empty();
      case TYPE:
      case TYPE_PARAM:
        return Optional.of(
            named(List.of(name), Interval.of(name.getTokenIndex(), name.getTokenIndex()), fs, new HashSet<>()));
      case FUNC:
        GoParser.SignatureContext sig =
            d.node() instanceof GoParser.FunctionDeclContext f
                ? f.signature()
                : d.node() instanceof GoParser.MethodDeclContext m ? m.signature() : null;
        return sig == null ? Optional.empty() : Optional.of(function(sig, fs));
      default:
        break;
    }
    if (d.type().isPresent()) {
      Optional<TypeDescription> type = describe(d.type().get(), fs, new HashSet<>());
      if (d.node() instanceof GoParser.ParameterDeclContext p && p.ELLIPSIS() != null) {
        return type.map(TypeFacts::sliceOf);
      }
      return type;
    }
    if (d.initializer().isEmpty()) {
      return Optional.empty();
    }
    Initializer init = d.initializer().get();
    Optional<TypeDescription> value = typeOfExpression(init.expression(), fs, depth + 1);
    switch (init.form()) {
      case RANGE_KEY:
        return value.flatMap(TypeFacts::rangeKey);
      case RANGE_VALUE:
        return value.flatMap(TypeFacts::rangeValue);
      default:
        return value;
    }
  }

  private static Optional<TypeDescription> arrayBehindPointer(TypeDescription t) {
    if (t.kind() == Kind.POINTER && t.elem().map(e -> e.kind() == Kind.ARRAY).orElse(false)) {
      return t.elem();
    }
    return Optional.of(t);
  }

  private static Optional<TypeDescription> rangeKey(TypeDescription over) {
    TypeDescription t = arrayBehindPointer(over).orElse(over);
    switch (t.kind()) {
      case SLICE:
      case ARRAY:
      case STRING:
        return Optional.of(basic("int"));
      case MAP:
        return t.key();
      case CHAN:
        return t.elem();
      case BASIC:
        return Optional.of(t);
      default:
        return Optional.empty();
    }
  }

  private static Optional<TypeDescription> rangeValue(TypeDescription over) {
    TypeDescription t = arrayBehindPointer(over).orElse(over);
    switch (t.kind()) {
      case SLICE:
      case ARRAY:
      case MAP:
        return t.elem();
      case STRING:
        return Optional.of(basic("rune"));
      default:
        return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inference from expressions: the one place where types are inferred.

  private Optional<TypeDescription> typeOfExpression(ParserRuleContext expr, FileScope fs, int depth) {
    if (expr == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    ParserRuleContext e = Expressions.unparen(expr);
    if (isAddressOf(e)) {
      ParserRuleContext inner = Expressions.unparen((ParserRuleContext) e.getChild(1));
      List<ParseTree> parts = Expressions.primaryParts(inner);
      if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof GoParser.LiteralValueContext) {
        return typeOfExpression(inner, fs, depth + 1).map(TypeFacts::pointerTo);
      }
      return Optional.empty();
    }
    List<ParseTree> parts = Expressions.primaryParts(e);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    ParseTree op = parts.get(0);
    List<ParseTree> rest = parts.subList(1, parts.size());
    TerminalNode id = identifierOf(op);
    if (rest.isEmpty()) {
      Token literal = literalOf(op);
      if (literal != null) {
        return Optional.of(basic(literalType(literal.getType())));
      }
      if (op instanceof GoParser.HeaderOperandContext h && h.typeOperand() != null) {
        return describe(h.typeOperand(), fs, new HashSet<>()); // "[]int{1, 2}" in a header
      }
      if (id != null) {
        Optional<Declaration> d = fs.declarationOf(id.getSymbol());
        return d.filter(x -> x.isVariable() || x.kind() == Declaration.Kind.CONST || x.kind() == Declaration.Kind.FUNC)
            .flatMap(x -> typeOf(x, depth + 1));
      }
      GoParser.SignatureContext sig = op instanceof GoParser.OperandContext o ? o.signature() : null;
      return sig == null ? Optional.empty() : Optional.of(function(sig, fs));
    }
    ParseTree last = rest.get(rest.size() - 1);
    if (last instanceof GoParser.LiteralValueContext) {
      return compositeType(op, rest.subList(0, rest.size() - 1), fs);
    }
    if (rest.size() == 1 && last instanceof GoParser.ArgumentsContext args) {
      return callType(op, id, args, fs);
    }
    if (last instanceof GoParser.TypeAssertionContext assertion && assertion.type_() != null) {
      return describe(assertion.type_(), fs, new HashSet<>()); // "x.(T)" has type T
    }
    return Optional.empty();
  }

  private static boolean isAddressOf(ParserRuleContext e) {
    if (e instanceof GoParser.UnaryExprContext u) {
      return u.unaryOp != null && u.unaryOp.getType() == GoLexer.AMPERSAND;
    }
    if (e instanceof GoParser.HeaderUnaryExprContext u) {
      return u.unaryOp != null && u.unaryOp.getType() == GoLexer.AMPERSAND;
    }
    return false;
  }

  /** "T{…}", "pkg.T{…}", "T[int]{…}", "[]int{…}": the type before the literal value. */
  private Optional<TypeDescription> compositeType(ParseTree op, List<ParseTree> suffixes, FileScope fs) {
    if (op instanceof GoParser.OperandContext o && o.typeOperand() != null && suffixes.isEmpty()) {
      return describe(o.typeOperand(), fs, new HashSet<>());
    }
    TerminalNode id = identifierOf(op);
    if (id == null || suffixes.size() > 2) {
      return Optional.empty();
    }
    List<Token> ids = new java.util.ArrayList<>(List.of(id.getSymbol()));
    for (ParseTree s : suffixes) {
      if (s instanceof GoParser.SelectorContext sel && ids.size() == 1 && sel.IDENTIFIER() != null) {
        ids.add(sel.IDENTIFIER().getSymbol());
      } else if (!(s instanceof GoParser.IndexOrSliceContext)) {
        return Optional.empty();
      }
    }
    int stop = suffixes.isEmpty() ? id.getSymbol().getTokenIndex() : ((ParserRuleContext) suffixes.get(suffixes.size() - 1)).getStop().getTokenIndex();
    return Optional.of(named(ids, Interval.of(id.getSymbol().getTokenIndex(), stop), fs, new HashSet<>()));
  }

  /** "make(T, …)", "new(T)" and conversions "T(x)". Other calls are unknown. */
  private Optional<TypeDescription> callType(
      ParseTree op, TerminalNode id, GoParser.ArgumentsContext args, FileScope fs) {
    List<GoParser.ExpressionContext> argList =
        args.expressionList() == null ? List.of() : args.expressionList().expression();
    if (op instanceof GoParser.OperandContext o && o.typeOperand() != null) {
      return describe(o.typeOperand(), fs, new HashSet<>());
    }
    if (id == null) {
      return Optional.empty();
    }
    String name = id.getText();
    int at = id.getSymbol().getTokenIndex();
    if (fs.isPredeclared(name, at)) {
      if (name.equals("make") && !argList.isEmpty()) {
        return describe(argList.get(0), fs, new HashSet<>());
      }
      if (name.equals("new") && argList.size() == 1) {
        return describe(argList.get(0), fs, new HashSet<>()).map(TypeFacts::pointerTo);
      }
      return Universe.TYPES.contains(name) ? Optional.of(basic(name)) : Optional.empty();
    }
    Optional<Declaration> d = fs.declarationOf(id.getSymbol());
    if (d.isPresent()
        && (d.get().kind() == Declaration.Kind.TYPE || d.get().kind() == Declaration.Kind.TYPE_PARAM)) {
      return Optional.of(named(List.of(id.getSymbol()), Interval.of(at, at), fs, new HashSet<>()));
    }
    return Optional.empty();
  }

  private static TerminalNode identifierOf(ParseTree operand) {
    if (operand instanceof GoParser.OperandContext o) {
      return o.IDENTIFIER();
    }
    return operand instanceof GoParser.HeaderOperandContext h ? h.IDENTIFIER() : null;
  }

  private static Token literalOf(ParseTree operand) {
    if (operand instanceof GoParser.OperandContext o) {
      return o.literal;
    }
    return operand instanceof GoParser.HeaderOperandContext h ? h.literal : null;
  }

  /** The default type of an untyped constant of a literal's kind. */
  private static String literalType(int tokenType) {
    switch (tokenType) {
      case GoLexer.INT_LIT:
        return "int";
      case GoLexer.FLOAT_LIT:
        return "float64";
      case GoLexer.IMAGINARY_LIT:
        return "complex128";
      case GoLexer.RUNE_LIT:
        return "rune";
      default:
        return "string";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Describing written types

  private Optional<TypeDescription> describe(ParseTree n, FileScope fs, Set<ParserRuleContext> following) {
    if (!(n instanceof ParserRuleContext node) || node.getStart() == null) {
      return Optional.empty();
    }
    if (node instanceof GoParser.Type_Context t) {
      if (t.typeName() != null) {
        return Optional.of(named(tokens(t.typeName().IDENTIFIER()), node.getSourceInterval(), fs, following));
      }
      if (t.typeLit() != null) {
        return literal(t.typeLit().getChild(0), node, fs);
      }
      return describe(t.type_(), fs, following);
    }
    if (node instanceof GoParser.TypeNameContext t) {
      return Optional.of(named(tokens(t.IDENTIFIER()), node.getSourceInterval(), fs, following));
    }
    if (node instanceof GoParser.ResultContext r) {
      if (r.typeName() != null) {
        return Optional.of(named(tokens(r.typeName().IDENTIFIER()), node.getSourceInterval(), fs, following));
      }
      return r.typeLit() == null ? Optional.empty() : literal(r.typeLit().getChild(0), node, fs);
    }
    if (node instanceof GoParser.TypeLitContext t) {
      return literal(t.getChild(0), node, fs);
    }
    if (node instanceof GoParser.TypeOperandContext t) {
      return literal(t.getChildCount() == 1 ? t.getChild(0) : t, node, fs);
    }
    if (node instanceof GoParser.EmbeddedFieldContext f && f.typeName() != null) {
      TypeDescription base =
          named(tokens(f.typeName().IDENTIFIER()), f.typeName().getSourceInterval(), fs, following);
      return Optional.of(f.STAR() == null ? base : pointerTo(base));
    }
    if (node instanceof GoParser.UnaryExprContext u
        && u.unaryOp != null
        && u.unaryOp.getType() == GoLexer.STAR) {
      TypeDescription base = describe(u.expression(), fs, following).orElse(null);
      return base == null ? Optional.empty() : Optional.of(pointer(base, node, fs));
    }
    ParserRuleContext e = Expressions.unparen(node);
    if (e != node) {
      return describe(e, fs, following);
    }
    List<ParseTree> parts = Expressions.primaryParts(node);
    if (parts.isEmpty()) {
      return literal(node, node, fs);
    }
    ParseTree op = parts.get(0);
    TerminalNode id = identifierOf(op);
    if (parts.size() == 1 && op instanceof GoParser.OperandContext o) {
      if (o.typeOperand() != null) {
        return describe(o.typeOperand(), fs, following);
      }
      if (o.FUNC() != null && o.block() == null) {
        return Optional.of(function(o.signature(), fs));
      }
    }
    if (id == null) {
      return Optional.empty();
    }
    List<Token> ids = new java.util.ArrayList<>(List.of(id.getSymbol()));
    for (ParseTree s : parts.subList(1, parts.size())) {
      if (s instanceof GoParser.SelectorContext sel && ids.size() == 1 && sel.IDENTIFIER() != null) {
        ids.add(sel.IDENTIFIER().getSymbol());
      } else if (!(s instanceof GoParser.IndexOrSliceContext)) {
        return Optional.empty();
      }
    }
    return Optional.of(named(ids, node.getSourceInterval(), fs, following));
  }

  /** A type literal: its kind from its form, its element and key types from its parts. */
  private Optional<TypeDescription> literal(ParseTree lit, ParserRuleContext spelling, FileScope fs) {
    Kind kind;
    ParserRuleContext elem = null;
    ParserRuleContext key = null;
    if (lit instanceof GoParser.ArrayOrSliceTypeContext a) {
      kind = a.expression() == null && a.ELLIPSIS() == null ? Kind.SLICE : Kind.ARRAY;
      elem = a.type_();
    } else if (lit instanceof GoParser.StructTypeContext) {
      kind = Kind.STRUCT;
    } else if (lit instanceof GoParser.InterfaceTypeContext) {
      kind = Kind.INTERFACE;
    } else if (lit instanceof GoParser.FunctionTypeContext) {
      kind = Kind.FUNC;
    } else if (lit instanceof GoParser.PointerTypeContext p) {
      kind = Kind.POINTER;
      elem = p.type_();
    } else if (lit instanceof GoParser.MapTypeContext m && m.type_().size() == 2) {
      kind = Kind.MAP;
      key = m.type_(0);
      elem = m.type_(1);
    } else if (lit instanceof GoParser.ChannelTypeContext c) {
      kind = Kind.CHAN;
      elem = c.type_();
    } else if (lit instanceof GoParser.TypeOperandContext t && t.CHAN() != null) {
      kind = Kind.CHAN;
      elem = t.type_();
    } else {
      return Optional.empty();
    }
    ParserRuleContext elemNode = elem;
    ParserRuleContext keyNode = key;
    return Optional.of(
        new TypeDescription(
            kind,
            spell(spelling.getSourceInterval(), fs, false),
            spell(spelling.getSourceInterval(), fs, true),
            () -> describe(elemNode, fs, new HashSet<>()),
            () -> describe(keyNode, fs, new HashSet<>())));
  }

  /**
   * A type name, "T" or "pkg.T", possibly instantiated: a name declared as a type in the package
   * takes the kind, element and key of its underlying type; predeclared names their own.
   */
  private TypeDescription named(List<Token> ids, Interval spelling, FileScope fs, Set<ParserRuleContext> following) {
    String spelled = spell(spelling, fs, false);
    String qualified = spell(spelling, fs, true);
    Token first = ids.get(0);
    Optional<Declaration> d = fs.declarationOf(first);
    if (ids.size() == 2) {
      boolean imported = d.map(x -> x.kind() == Declaration.Kind.IMPORT).orElse(false);
      return TypeDescription.of(imported ? Kind.NAMED : Kind.UNKNOWN, spelled, qualified);
    }
    if (d.isEmpty() && fs.isPredeclared(first.getText(), first.getTokenIndex())) {
      return predeclared(first.getText()).named(spelled, qualified);
    }
    if (d.isPresent() && d.get().kind() == Declaration.Kind.TYPE && d.get().node() instanceof GoParser.TypeSpecContext spec) {
      if (!following.add(spec) || spec.type_() == null) {
        return TypeDescription.of(Kind.NAMED, spelled, qualified);
      }
      FileScope specScope = pkg.fileScopeOf(spec).orElse(fs);
      return describe(spec.type_(), specScope, following)
          .map(u -> u.named(spelled, qualified))
          .orElse(TypeDescription.of(Kind.NAMED, spelled, qualified));
    }
    if (d.isPresent() && d.get().kind() != Declaration.Kind.TYPE_PARAM) {
      return TypeDescription.of(Kind.UNKNOWN, spelled, qualified); // not a type
    }
    return TypeDescription.of(Kind.NAMED, spelled, qualified);
  }

  private static TypeDescription predeclared(String name) {
    return basic(name);
  }

  static TypeDescription basic(String name) {
    Kind kind =
        name.equals("string")
            ? Kind.STRING
            : name.equals("error") || name.equals("any") || name.equals("comparable")
                ? Kind.INTERFACE
                : Universe.TYPES.contains(name) ? Kind.BASIC : Kind.UNKNOWN;
    return TypeDescription.of(kind, name, name);
  }

  static TypeDescription pointerTo(TypeDescription t) {
    return new TypeDescription(
        Kind.POINTER, "*" + t.spelled(), "*" + t.qualified(), () -> Optional.of(t), Optional::empty);
  }

  private TypeDescription pointer(TypeDescription base, ParserRuleContext spelling, FileScope fs) {
    return new TypeDescription(
        Kind.POINTER,
        spell(spelling.getSourceInterval(), fs, false),
        spell(spelling.getSourceInterval(), fs, true),
        () -> Optional.of(base),
        Optional::empty);
  }

  static TypeDescription sliceOf(TypeDescription t) {
    return new TypeDescription(
        Kind.SLICE, "[]" + t.spelled(), "[]" + t.qualified(), () -> Optional.of(t), Optional::empty);
  }

  private TypeDescription function(GoParser.SignatureContext sig, FileScope fs) {
    Interval range = sig.getSourceInterval();
    return TypeDescription.of(
        Kind.FUNC, "func" + spell(range, fs, false), "func" + spell(range, fs, true));
  }

  private static List<Token> tokens(List<TerminalNode> ids) {
    return ids.stream().map(TerminalNode::getSymbol).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Spelling

  /**
   * The text of the default-channel tokens in a range, with a space only where two words meet
   * or a result follows a parameter list; with qualify, package names become import paths.
   */
  private static String spell(Interval range, FileScope fs, boolean qualify) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    int stop = Math.min(range.b, fs.file().tokens().size() - 1);
    for (int i = Math.max(0, range.a); i <= stop; i++) {
      Token t = fs.file().tokens().get(i);
      if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
        continue;
      }
      String text = GoTokenSource.isInserted(t) ? ";" : t.getText();
      if (qualify && t.getType() == GoLexer.IDENTIFIER && nextIsDot(fs, i)) {
        Optional<Import> imp =
            fs.declarationOf(t)
                .filter(d -> d.kind() == Declaration.Kind.IMPORT)
                .flatMap(fs::importOf);
        if (imp.isPresent()) {
          text = imp.get().path();
        }
      }
      if (previous != null && needsSpace(previous, t)) {
        out.append(' ');
      }
      out.append(text);
      previous = t;
    }
    return out.toString();
  }

  private static boolean nextIsDot(FileScope fs, int index) {
    for (int i = index + 1; i < fs.file().tokens().size(); i++) {
      Token t = fs.file().tokens().get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t.getType() == GoLexer.DOT;
      }
    }
    return false;
  }

  private static boolean needsSpace(Token previous, Token next) {
    if (isWord(previous) && isWord(next)) {
      return true;
    }
    int n = next.getType();
    return previous.getType() == GoLexer.R_PAREN
        && (isWord(next) || n == GoLexer.STAR || n == GoLexer.L_BRACKET || n == GoLexer.L_PAREN);
  }

  private static boolean isWord(Token t) {
    String s = t.getText();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return Character.isLetterOrDigit(c) || c == '_' || c == '"' || c == '`' || c == '\'';
  }
}
