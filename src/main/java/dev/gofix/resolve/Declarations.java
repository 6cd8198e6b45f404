package dev.gofix.resolve;

import dev.gofix.resolve.Declaration.Initializer;
import dev.gofix.resolve.Declaration.Kind;
import dev.gofix.syntax.GoParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Makes the declarations of declaring constructs, the same way for package level and inside
 * functions. The blank identifier declares nothing.
 */
final class Declarations {
  private Declarations() {}

  static boolean isBlank(Token name) {
    return name == null || name.getText().equals("_");
  }

  static Declaration of(
      Token name,
      Kind kind,
      ParserRuleContext node,
      ParserRuleContext type,
      Initializer initializer) {
    return new Declaration(
        name.getText(),
        kind,
        name.getTokenIndex(),
        node,
        Optional.ofNullable(type),
        Optional.ofNullable(initializer));
  }

  /** The names of one constSpec; a spec without type and values repeats the previous one's. */
  static List<Declaration> constSpec(
      GoParser.ConstSpecContext spec, GoParser.ConstSpecContext previous) {
    GoParser.ConstSpecContext source =
        spec.type_() == null && spec.expressionList() == null && previous != null ? previous : spec;
    return valueSpec(
        Kind.CONST, spec, spec.identifierList(), source.type_(), source.expressionList());
  }

  static List<Declaration> varSpec(GoParser.VarSpecContext spec) {
    return valueSpec(Kind.VAR, spec, spec.identifierList(), spec.type_(), spec.expressionList());
  }

  private static List<Declaration> valueSpec(
      Kind kind,
      ParserRuleContext spec,
      GoParser.IdentifierListContext names,
      ParserRuleContext type,
      GoParser.ExpressionListContext values) {
    List<Declaration> out = new ArrayList<>();
    if (names == null) {
      return out;
    }
    List<TerminalNode> ids = names.IDENTIFIER();
    List<GoParser.ExpressionContext> exprs = values == null ? List.of() : values.expression();
    for (int i = 0; i < ids.size(); i++) {
      Token name = ids.get(i).getSymbol();
      if (isBlank(name)) {
        continue;
      }
      Initializer init =
          exprs.size() == ids.size()
              ? new Initializer(exprs.get(i), Initializer.Form.VALUE)
              : null;
      out.add(of(name, kind, spec, type, init));
    }
    return out;
  }

  static Optional<Declaration> typeSpec(GoParser.TypeSpecContext spec) {
    Token name = spec.IDENTIFIER() == null ? null : spec.IDENTIFIER().getSymbol();
    if (isBlank(name)) {
      return Optional.empty();
    }
    return Optional.of(of(name, Kind.TYPE, spec, spec.type_(), null));
  }

  static Optional<Declaration> function(ParserRuleContext decl, TerminalNode id) {
    if (id == null || isBlank(id.getSymbol())) {
      return Optional.empty();
    }
    return Optional.of(of(id.getSymbol(), Kind.FUNC, decl, null, null));
  }

  static List<Declaration> fields(GoParser.FieldDeclContext field) {
    List<Declaration> out = new ArrayList<>();
    if (field.identifierList() != null) {
      for (TerminalNode id : field.identifierList().IDENTIFIER()) {
        if (!isBlank(id.getSymbol())) {
          out.add(of(id.getSymbol(), Kind.FIELD, field, field.type_(), null));
        }
      }
    } else if (field.embeddedField() != null && field.embeddedField().typeName() != null) {
      // An embedded field is named by the last identifier of its type name.
      List<TerminalNode> ids = field.embeddedField().typeName().IDENTIFIER();
      Token name = ids.get(ids.size() - 1).getSymbol();
      out.add(of(name, Kind.FIELD, field, field.embeddedField(), null));
    }
    return out;
  }

  static List<Declaration> typeParameters(GoParser.TypeParametersContext params) {
    List<Declaration> out = new ArrayList<>();
    if (params == null) {
      return out;
    }
    for (GoParser.TypeParamDeclContext decl : params.typeParamDecl()) {
      if (decl.identifierList() == null) {
        continue;
      }
      for (TerminalNode id : decl.identifierList().IDENTIFIER()) {
        if (!isBlank(id.getSymbol())) {
          out.add(of(id.getSymbol(), Kind.TYPE_PARAM, decl, decl.typeConstraint(), null));
        }
      }
    }
    return out;
  }

  /** Whether a parameter list names its parameters: Go's rule is that one name makes all names. */
  static boolean namesParameters(GoParser.ParametersContext params) {
    for (GoParser.ParameterDeclContext p : params.parameterDecl()) {
      if (p.IDENTIFIER() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of a parameter item in a list that names its parameters: the written name, or the
   * lone identifier that the grammar took for a type ("a" in "a, b int").
   */
  static Token parameterName(GoParser.ParameterDeclContext p) {
    if (p.IDENTIFIER() != null) {
      return p.IDENTIFIER().getSymbol();
    }
    GoParser.Type_Context type = p.type_();
    if (p.ELLIPSIS() == null
        && type != null
        && type.typeName() != null
        && type.typeArgs() == null
        && type.typeName().IDENTIFIER().size() == 1) {
      return type.typeName().IDENTIFIER(0).getSymbol();
    }
    return null;
  }

  /**
   * The declarations of a parameter list, with names grouped to the type that follows them:
   * "func(a, b int, c string)" declares a and b of type int and c of type string. A list without
   * names declares nothing.
   */
  static List<Declaration> parameters(GoParser.ParametersContext params, Kind kind) {
    List<Declaration> out = new ArrayList<>();
    if (params == null || !namesParameters(params)) {
      return out;
    }
    List<GoParser.ParameterDeclContext> items = params.parameterDecl();
    for (int i = 0; i < items.size(); i++) {
      GoParser.ParameterDeclContext p = items.get(i);
      Token name = parameterName(p);
      if (name == null || isBlank(name)) {
        continue;
      }
      ParserRuleContext type = null;
      for (int j = i; j < items.size(); j++) {
        if (items.get(j).IDENTIFIER() != null) {
          type = items.get(j).type_();
          break;
        }
      }
      out.add(of(name, kind, p, type, null));
    }
    return out;
  }
}
