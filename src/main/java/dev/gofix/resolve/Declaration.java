package dev.gofix.resolve;

import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One declared name: what it is, where its name is written, and what the source says of its type.
 *
 * @param name the declared identifier
 * @param kind what the name denotes
 * @param nameTokenIndex the index of the name's token in the file's full token stream; for an
 *     import without a written name, the index of its path
 * @param node the declaring node: a constSpec, varSpec, typeSpec, functionDecl, methodDecl,
 *     parameterDecl, typeParamDecl, importSpec, fieldDecl, labeledStmt, or the simpleStmt or
 *     headerStmt of a short variable declaration or range clause
 * @param type the type as the source spells it, where it spells one (a var's, parameter's,
 *     result's or field's type, a type parameter's constraint, the type of a type declaration);
 *     inferred types come from {@link TypeFacts#typeOf(Declaration)}
 * @param initializer the expression the name is initialised from, where one expression gives it
 *     its value
 */
public record Declaration(
    String name,
    Kind kind,
    int nameTokenIndex,
    ParserRuleContext node,
    Optional<ParserRuleContext> type,
    Optional<Initializer> initializer) {

  /** What a declared name denotes. */
  public enum Kind {
    CONST,
    VAR,
    TYPE,
    FUNC,
    PARAM,
    RESULT,
    RECEIVER,
    TYPE_PARAM,
    IMPORT,
    LABEL,
    FIELD
  }

  /**
   * The expression a declared variable takes its value from.
   *
   * @param expression an expression or headerExpression node
   * @param form whether the variable is the value itself or the key or value of a range over it
   */
  public record Initializer(ParserRuleContext expression, Form form) {

    /** How the variable relates to the expression. */
    public enum Form {
      VALUE,
      RANGE_KEY,
      RANGE_VALUE
    }
  }

  /** Whether this is a variable of some sort: var, parameter, result or receiver. */
  public boolean isVariable() {
    return kind == Kind.VAR || kind == Kind.PARAM || kind == Kind.RESULT || kind == Kind.RECEIVER;
  }
}
