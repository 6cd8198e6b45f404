package dev.gofix.resolve;

import dev.gofix.resolve.Declaration.Initializer;
import dev.gofix.resolve.Declaration.Kind;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The walk over one top-level declaration of a file (or over its imports) that builds its scopes
 * and classifies every identifier as a declaring occurrence, a reference to resolve, a label
 * reference, or neither (selectors, field keys, method names), following Go's scoping rules.
 * Top-level declarations do not see each other's local scopes, so each is walked on its own,
 * when a question about it is first asked ({@link FileScope}).
 */
final class ScopeBuilder {
  private final PackageScope pkg;
  private final Scope root;
  private final List<Scope> scopes = new ArrayList<>();
  private final Map<Integer, Declaration> declaring = new HashMap<>();
  private final BitSet references = new BitSet();
  private final Map<Integer, Map<String, Declaration>> labelReferences = new HashMap<>();
  private Scope current;
  private Map<String, Declaration> labels;

  /**
   * What a walk found. Scopes are sorted by start, inner before outer on equal starts; the file's
   * root scope is the first of the imports' result and in no other.
   */
  record Result(
      Scope root,
      List<Scope> scopes,
      Map<Integer, Declaration> declaring,
      BitSet references,
      Map<Integer, Map<String, Declaration>> labelReferences) {}

  private ScopeBuilder(PackageScope pkg, Scope root) {
    this.pkg = pkg;
    this.root = root;
    this.current = root;
  }

  /** The file's root scope, with the names its imports declare. */
  static Result imports(PackageScope pkg, ParsedFile file) {
    ScopeBuilder b = new ScopeBuilder(pkg, new Scope(null, 0, Math.max(0, file.tokens().size() - 1)));
    b.scopes.add(b.root);
    for (Import imp : pkg.imports(file)) {
      imp.declaration()
          .ifPresent(
              d -> {
                b.declaring.put(d.nameTokenIndex(), d);
                if (imp.nameCertain()) {
                  b.root.bind(d, 0);
                }
              });
    }
    return b.result();
  }

  /** The scopes and names of one top-level declaration, under the file's root scope. */
  static Result declaration(PackageScope pkg, Scope root, GoParser.TopLevelDeclContext declaration) {
    ScopeBuilder b = new ScopeBuilder(pkg, root);
    b.walk(declaration);
    return b.result();
  }

  private Result result() {
    scopes.sort(Comparator.comparingInt(Scope::start).thenComparingInt(Scope::depth));
    return new Result(root, List.copyOf(scopes), declaring, references, labelReferences);
  }

  // ---------------------------------------------------------------------------------------------
  // Scopes and declarations

  private Scope open(int start, int end) {
    Scope s = new Scope(current, start, end);
    scopes.add(s);
    current = s;
    return s;
  }

  private Scope open(ParserRuleContext node) {
    return open(node.getStart().getTokenIndex(), stop(node));
  }

  /** A node's last token index (its first for an empty node). */
  static int stop(ParserRuleContext node) {
    Token stop = node.getStop();
    return stop == null ? node.getStart().getTokenIndex() : stop.getTokenIndex();
  }

  /** The token index after a node, where declarations made by it become visible. */
  private static int after(ParserRuleContext node) {
    return stop(node) + 1;
  }

  private void declareOnly(Declaration d) {
    declaring.put(d.nameTokenIndex(), d);
  }

  private void declare(Declaration d, int visibleFrom) {
    declaring.put(d.nameTokenIndex(), d);
    if (current != root) {
      current.bind(d, visibleFrom);
    }
  }

  private void reference(TerminalNode id) {
    if (id != null) {
      references.set(id.getSymbol().getTokenIndex());
    }
  }

  private void labelReference(TerminalNode id) {
    if (id != null && labels != null) {
      labelReferences.put(id.getSymbol().getTokenIndex(), labels);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The walk

  private void walk(ParseTree tree) {
    if (!(tree instanceof ParserRuleContext)) {
      return;
    }
    ParserRuleContext node = (ParserRuleContext) tree;
    if (node instanceof GoParser.OperandContext o) {
      operand(o.IDENTIFIER(), o.FUNC() != null, o.signature(), o.block(), node);
    } else if (node instanceof GoParser.HeaderOperandContext o) {
      operand(o.IDENTIFIER(), o.FUNC() != null, o.signature(), o.block(), node);
    } else if (node instanceof GoParser.TypeNameContext n) {
      reference(n.IDENTIFIER().isEmpty() ? null : n.IDENTIFIER(0));
    } else if (node instanceof GoParser.SelectorContext
        || node instanceof GoParser.PackageClauseContext
        || node instanceof GoParser.ImportDeclContext) {
      // Selector names and the package clause resolve to nothing; imports were declared already.
    } else if (node instanceof GoParser.FunctionDeclContext f) {
      Declarations.function(f, f.IDENTIFIER()).ifPresent(this::declareOnly);
      function(node, null, f.typeParameters(), f.signature(), f.block(), f.IDENTIFIER());
    } else if (node instanceof GoParser.MethodDeclContext m) {
      Declarations.function(m, m.IDENTIFIER()).ifPresent(this::declareOnly);
      function(node, m.receiver(), m.typeParameters(), m.signature(), m.block(), m.IDENTIFIER());
    } else if (node instanceof GoParser.ConstDeclContext c) {
      constDecl(c);
    } else if (node instanceof GoParser.VarSpecContext v) {
      walkChildren(v);
      Declarations.varSpec(v).forEach(d -> declare(d, after(v)));
    } else if (node instanceof GoParser.TypeSpecContext t) {
      typeSpec(t);
    } else if (node instanceof GoParser.FieldDeclContext f) {
      Declarations.fields(f).stream()
          .filter(d -> f.identifierList() != null)
          .forEach(this::declareOnly);
      walkChildren(f);
    } else if (node instanceof GoParser.MethodElemContext m) {
      signatureWithoutBody(m.signature());
    } else if (node instanceof GoParser.FunctionTypeContext t) {
      signatureWithoutBody(t.signature());
    } else if (node instanceof GoParser.BlockContext) {
      Scope saved = current;
      open(node);
      walkChildren(node);
      current = saved;
    } else if (node instanceof GoParser.IfStmtContext
        || node instanceof GoParser.ForStmtContext
        || node instanceof GoParser.CaseClauseContext
        || node instanceof GoParser.CommClauseContext) {
      Scope saved = current;
      open(node);
      walkChildren(node);
      current = saved;
    } else if (node instanceof GoParser.SwitchStmtContext s) {
      switchStmt(s);
    } else if (node instanceof GoParser.SimpleStmtContext s) {
      simpleStmt(s);
    } else if (node instanceof GoParser.HeaderStmtContext h) {
      headerStmt(h);
    } else if (node instanceof GoParser.LabeledStmtContext l) {
      if (l.IDENTIFIER() != null && labels != null && !Declarations.isBlank(l.IDENTIFIER().getSymbol())) {
        Declaration d = Declarations.of(l.IDENTIFIER().getSymbol(), Kind.LABEL, l, null, null);
        declareOnly(d);
        labels.putIfAbsent(d.name(), d);
      }
      walkChildren(node);
    } else if (node instanceof GoParser.BreakStmtContext b) {
      labelReference(b.IDENTIFIER());
    } else if (node instanceof GoParser.ContinueStmtContext c) {
      labelReference(c.IDENTIFIER());
    } else if (node instanceof GoParser.GotoStmtContext g) {
      labelReference(g.IDENTIFIER());
    } else if (node instanceof GoParser.KeyedElementContext k) {
      keyedElement(k);
    } else {
      walkChildren(node);
    }
  }

  private void walkChildren(ParserRuleContext node) {
    List<ParseTree> children = node.children;
    for (int i = 0, n = children == null ? 0 : children.size(); i < n; i++) { // no iterator: C1 would allocate one
      walk(children.get(i));
    }
  }

  private void operand(
      TerminalNode id,
      boolean func,
      GoParser.SignatureContext signature,
      GoParser.BlockContext body,
      ParserRuleContext node) {
    if (id != null) {
      reference(id);
    } else if (func && body != null) {
      function(node, null, null, signature, body, null);
    } else if (func) {
      signatureWithoutBody(signature);
    } else {
      walkChildren(node);
    }
  }

  /**
   * A function declaration or literal: one scope from the receiver or signature to the end of the
   * body, in which type parameters are visible after the function's name and parameters, results
   * and the receiver in the body only. Labels are the body's own.
   */
  private void function(
      ParserRuleContext node,
      GoParser.ReceiverContext receiver,
      GoParser.TypeParametersContext typeParams,
      GoParser.SignatureContext signature,
      GoParser.BlockContext body,
      TerminalNode name) {
    Scope saved = current;
    Map<String, Declaration> savedLabels = labels;
    ParserRuleContext first =
        receiver != null ? receiver : typeParams != null ? typeParams : signature;
    if (first == null) {
      walkChildren(node);
      return;
    }
    open(first.getStart().getTokenIndex(), stop(node));
    int typeParamsVisible =
        name != null ? name.getSymbol().getTokenIndex() : first.getStart().getTokenIndex();
    int paramsVisible = body != null ? body.getStart().getTokenIndex() : Integer.MAX_VALUE;
    if (receiver != null && receiver.parameters() != null) {
      for (Declaration d : Declarations.parameters(receiver.parameters(), Kind.RECEIVER)) {
        declare(d, paramsVisible);
      }
      for (GoParser.ParameterDeclContext p : receiver.parameters().parameterDecl()) {
        receiverType(p.type_(), typeParamsVisible);
      }
    }
    if (typeParams != null) {
      Declarations.typeParameters(typeParams).forEach(d -> declare(d, typeParamsVisible));
      walkChildren(typeParams);
    }
    signature(signature, paramsVisible);
    if (body != null) {
      labels = new HashMap<>();
      // The body shares the function's scope: its top-level names may not redeclare parameters.
      walkChildren(body);
    }
    labels = savedLabels;
    current = saved;
  }

  private void signature(GoParser.SignatureContext signature, int visibleFrom) {
    if (signature == null) {
      return;
    }
    parameters(signature.parameters(), Kind.PARAM, visibleFrom);
    GoParser.ResultContext result = signature.result();
    if (result != null) {
      if (result.parameters() != null) {
        parameters(result.parameters(), Kind.RESULT, visibleFrom);
      } else {
        walkChildren(result);
      }
    }
  }

  private void parameters(GoParser.ParametersContext params, Kind kind, int visibleFrom) {
    if (params == null) {
      return;
    }
    for (Declaration d : Declarations.parameters(params, kind)) {
      declare(d, visibleFrom);
    }
    boolean named = Declarations.namesParameters(params);
    for (GoParser.ParameterDeclContext p : params.parameterDecl()) {
      if (!named || p.IDENTIFIER() != null || Declarations.parameterName(p) == null) {
        walk(p.type_());
      }
    }
  }

  /** A function type: its parameter names are declared but are in scope nowhere. */
  private void signatureWithoutBody(GoParser.SignatureContext signature) {
    Scope saved = current;
    if (signature != null) {
      open(signature);
      signature(signature, Integer.MAX_VALUE);
    }
    current = saved;
  }

  /** "*T[K, V]": T is a reference; K and V declare the receiver's type parameters. */
  private void receiverType(GoParser.Type_Context type, int visibleFrom) {
    while (type != null && type.typeName() == null) {
      type =
          type.typeLit() != null && type.typeLit().pointerType() != null
              ? type.typeLit().pointerType().type_()
              : type.type_();
    }
    if (type == null) {
      return;
    }
    walk(type.typeName());
    if (type.typeArgs() == null) {
      return;
    }
    for (GoParser.Type_Context arg : type.typeArgs().type_()) {
      if (arg.typeName() != null && arg.typeName().IDENTIFIER().size() == 1) {
        Token id = arg.typeName().IDENTIFIER(0).getSymbol();
        if (!Declarations.isBlank(id)) {
          declare(Declarations.of(id, Kind.TYPE_PARAM, arg, null, null), visibleFrom);
        }
      } else {
        walk(arg);
      }
    }
  }

  private void constDecl(GoParser.ConstDeclContext decl) {
    GoParser.ConstSpecContext previous = null;
    for (GoParser.ConstSpecContext spec : decl.constSpec()) {
      walkChildren(spec);
      int visible = after(spec);
      Declarations.constSpec(spec, previous).forEach(d -> declare(d, visible));
      if (spec.type_() != null || spec.expressionList() != null) {
        previous = spec;
      }
    }
  }

  /** A type's name is in scope from the name on, so that a local type may refer to itself. */
  private void typeSpec(GoParser.TypeSpecContext spec) {
    Declarations.typeSpec(spec)
        .ifPresent(d -> declare(d, d.nameTokenIndex()));
    if (spec.typeParameters() != null) {
      Scope saved = current;
      open(spec.typeParameters().getStart().getTokenIndex(), stop(spec));
      Declarations.typeParameters(spec.typeParameters())
          .forEach(d -> declare(d, spec.typeParameters().getStart().getTokenIndex()));
      walkChildren(spec.typeParameters());
      walk(spec.type_());
      current = saved;
    } else {
      walk(spec.type_());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Statements that declare

  private void simpleStmt(GoParser.SimpleStmtContext s) {
    if (s.shortVarDeclTail() == null || s.expressionList() == null) {
      walkChildren(s);
      return;
    }
    List<? extends ParserRuleContext> values =
        s.shortVarDeclTail().expressionList() == null
            ? List.of()
            : s.shortVarDeclTail().expressionList().expression();
    shortVarDecl(s, s.expressionList().expression(), values, null, after(s));
    walk(s.shortVarDeclTail());
  }

  private void headerStmt(GoParser.HeaderStmtContext h) {
    GoParser.HeaderShortVarDeclTailContext tail = h.headerShortVarDeclTail();
    if (tail == null || h.headerExpressionList() == null) {
      walkChildren(h);
      return;
    }
    List<? extends ParserRuleContext> values =
        tail.headerExpressionList() == null
            ? List.of()
            : tail.headerExpressionList().headerExpression();
    ParserRuleContext range = tail.RANGE() != null ? tail.headerExpression() : null;
    shortVarDecl(h, h.headerExpressionList().headerExpression(), values, range, after(h));
    walk(tail);
  }

  /**
   * "a, b := …" declares the names not yet declared in the current scope and assigns the others;
   * a range clause declares all of its names.
   */
  private void shortVarDecl(
      ParserRuleContext stmt,
      List<? extends ParserRuleContext> left,
      List<? extends ParserRuleContext> values,
      ParserRuleContext range,
      int visibleFrom) {
    for (int i = 0; i < left.size(); i++) {
      ParserRuleContext target = left.get(i);
      TerminalNode id = Expressions.bareIdentifier(target);
      if (id == null) {
        walk(target);
        continue;
      }
      if (Declarations.isBlank(id.getSymbol())) {
        continue;
      }
      if (range == null && current.declares(id.getText())) {
        reference(id);
        continue;
      }
      Initializer init = null;
      if (range != null && i < 2) {
        init =
            new Initializer(
                range, i == 0 ? Initializer.Form.RANGE_KEY : Initializer.Form.RANGE_VALUE);
      } else if (values.size() == left.size()) {
        init = new Initializer(values.get(i), Initializer.Form.VALUE);
      }
      declare(Declarations.of(id.getSymbol(), Kind.VAR, stmt, null, init), visibleFrom);
    }
  }

  /** A switch; "switch v := x.(type)" declares v in each case clause. */
  private void switchStmt(GoParser.SwitchStmtContext s) {
    Scope saved = current;
    open(s);
    Declaration guard = null;
    for (GoParser.HeaderStmtContext h : s.headerStmt()) {
      TerminalNode id = Expressions.typeSwitchGuardName(h);
      if (id != null) {
        walk(h.headerShortVarDeclTail());
        if (!Declarations.isBlank(id.getSymbol())) {
          guard = Declarations.of(id.getSymbol(), Kind.VAR, h, null, null);
          declareOnly(guard);
        }
      } else {
        walk(h);
      }
    }
    for (GoParser.CaseClauseContext clause : s.caseClause()) {
      Scope outer = current;
      open(clause);
      if (guard != null && clause.COLON() != null) {
        current.bind(guard, clause.COLON().getSymbol().getTokenIndex() + 1);
      }
      walkChildren(clause);
      current = outer;
    }
    current = saved;
  }

  /**
   * A composite literal's element: a key that is a lone name is a field name unless the literal's
   * type is known to be a map, slice or array, and field names resolve to nothing here.
   */
  private void keyedElement(GoParser.KeyedElementContext k) {
    if (k.COLON() == null || k.element().size() < 2) {
      walkChildren(k);
      return;
    }
    GoParser.ElementContext key = k.element(0);
    TerminalNode id = key.expression() == null ? null : Expressions.bareIdentifier(key.expression());
    if (id == null || Expressions.keysAreExpressions(k, this::typeSpecAt)) {
      walk(key);
    }
    walk(k.element(1));
  }

  /** The type declaration a name refers to during the walk, for composite literal types. */
  private GoParser.TypeSpecContext typeSpecAt(Token name) {
    for (Scope s = current; s != null; s = s.parentOrNull()) {
      Declaration d = s.visibleAt(name.getText(), name.getTokenIndex());
      if (d != null) {
        return d.node() instanceof GoParser.TypeSpecContext t ? t : null;
      }
    }
    return pkg.declaration(name.getText())
        .filter(d -> d.node() instanceof GoParser.TypeSpecContext)
        .map(d -> (GoParser.TypeSpecContext) d.node())
        .orElse(null);
  }
}
