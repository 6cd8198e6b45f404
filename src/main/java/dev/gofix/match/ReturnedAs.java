package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code returned-as(X, TYPE)}: the expression {@code X} is a whole result of a {@code return}
 * statement, and the result it fills, of the innermost function or function literal around the
 * statement, is declared with the type {@code TYPE} (package names written as import paths, as
 * in {@code type:}): {@code returned-as($P, error)} holds for {@code return p} in a function
 * returning {@code error} or {@code (int, error)} at that position.
 */
final class ReturnedAs {
  private final Facts facts;

  ReturnedAs(Facts facts) {
    this.facts = facts;
  }

  boolean test(ParseTree x, String type) {
    if (!(x instanceof ParserRuleContext node) || node.getStart() == null) {
      return false;
    }
    ParserRuleContext e = node;
    if (e instanceof GoParser.ExpressionListContext l && l.expression().size() == 1) {
      e = l.expression(0); // "$P" of "return $P" binds the whole list
    }
    while (e.getParent() != null && !(e.getParent() instanceof GoParser.ExpressionListContext)
        && e.getParent().getStart() == e.getStart() && e.getParent().getStop() == e.getStop()) {
      e = e.getParent();
    }
    if (!(e.getParent() instanceof GoParser.ExpressionListContext list)
        || !(list.getParent() instanceof GoParser.ReturnStmtContext ret)) {
      return false;
    }
    int index = list.expression().indexOf(e);
    int count = list.expression().size();
    return index >= 0 && resultType(ret, index, count)
        .flatMap(facts::typeOfType).filter(type::equals).isPresent();
  }

  /** The type node of result {@code index} of the function around a return of {@code count} values. */
  private static Optional<ParseTree> resultType(GoParser.ReturnStmtContext ret, int index, int count) {
    ParseTree n = ret.getParent();
    while (n != null && !Constraints.isFunction(n)) {
      n = n.getParent();
    }
    GoParser.SignatureContext signature = signature(n);
    if (signature == null || signature.result() == null) {
      return Optional.empty();
    }
    GoParser.ResultContext result = signature.result();
    if (result.parameters() == null) {
      return count == 1 ? Optional.of(result) : Optional.empty();
    }
    List<GoParser.ParameterDeclContext> items = result.parameters().parameterDecl();
    if (items.size() != count) {
      return Optional.empty();
    }
    boolean named = items.stream().anyMatch(p -> p.IDENTIFIER() != null);
    for (int j = index; j < items.size(); j++) {
      // "(a, b error)": a name without a type takes the type of the next named item.
      if (!named || items.get(j).IDENTIFIER() != null) {
        return Optional.of(items.get(j).type_());
      }
    }
    return Optional.empty();
  }

  private static GoParser.SignatureContext signature(ParseTree function) {
    if (function instanceof GoParser.FunctionDeclContext f) {
      return f.signature();
    } else if (function instanceof GoParser.MethodDeclContext m) {
      return m.signature();
    } else if (function instanceof ParserRuleContext c) {
      return c.getRuleContext(GoParser.SignatureContext.class, 0);
    }
    return null;
  }
}
