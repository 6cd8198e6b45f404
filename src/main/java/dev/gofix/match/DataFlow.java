package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Predicates on where a variable's value goes within its function, from syntax:
 * {@code flows-out(X)} and {@code passed-as-argument(X)}.
 */
final class DataFlow {
  private static final int MAX_ROUNDS = 16;

  private final Facts facts;

  DataFlow(Facts facts) {
    this.facts = facts;
  }

  /**
   * flows-out(X): the value of the local variable X, or of a local variable assigned from an
   * expression that mentions X (transitively), may outlive the function or leave its goroutine:
   * it is returned as a result whose type may hold it (any type but {@code error}, basic types,
   * strings, and slices, arrays and maps of those), assigned to a field, element, pointer target,
   * package variable or variable of an outer function, sent on a channel, or mentioned by a
   * {@code go} statement. An {@code X} that is not a local variable (a field, an element, a
   * package variable; {@code _} aside) holds the value beyond the function already. Passing it to a call is not flowing out; the call's results, when
   * assigned, carry it on.
   */
  boolean flowsOut(ParseTree variable) {
    Optional<Facts.Variable> v = facts.variableOf(variable);
    Optional<ParserRuleContext> fn = enclosingFunction(variable);
    if (v.isEmpty() || v.get().packageLevel() || fn.isEmpty()) {
      // Not a local variable: a field, an element or a package variable holds the value.
      return !variable.getText().equals("_");
    }
    ParserRuleContext function = fn.get();
    Set<Integer> tainted = new LinkedHashSet<>(List.of(v.get().nameTokenIndex()));
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int before = tainted.size();
      if (walk(function, function, tainted)) {
        return true;
      }
      if (tainted.size() == before) {
        return false;
      }
    }
    return true;
  }

  /** Visits a subtree; returns true as soon as a tainted value flows out. */
  private boolean walk(ParseTree node, ParserRuleContext function, Set<Integer> tainted) {
    if (node instanceof TerminalNode) {
      return false;
    }
    if (node instanceof GoParser.GoStmtContext && mentions(node, tainted)) {
      return true;
    }
    if (node instanceof GoParser.SimpleStmtContext s) {
      if (s.sendTail() != null && mentions(s.sendTail(), tainted)) {
        return true;
      }
      GoParser.ExpressionListContext rhs = s.assignTail() != null ? s.assignTail().expressionList()
          : s.shortVarDeclTail() != null ? s.shortVarDeclTail().expressionList() : null;
      if (rhs != null && assign(s.expressionList().expression(), rhs.expression(), function, tainted)) {
        return true;
      }
    }
    if (node instanceof GoParser.VarSpecContext vs && vs.expressionList() != null) {
      List<ParseTree> names = new ArrayList<>(vs.identifierList().IDENTIFIER());
      if (assign(names, vs.expressionList().expression(), function, tainted)) {
        return true;
      }
    }
    if (node instanceof GoParser.ReturnStmtContext r && enclosingFunction(r).orElse(null) == function
        && returns(r, function, tainted)) {
      return true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (walk(node.getChild(i), function, tainted)) {
        return true;
      }
    }
    return false;
  }

  /** Left-hand sides take taint from right-hand sides that mention a tainted variable. */
  private boolean assign(List<? extends ParseTree> lhs, List<? extends ParseTree> rhs,
      ParserRuleContext function, Set<Integer> tainted) {
    for (int i = 0; i < lhs.size(); i++) {
      ParseTree value = rhs.size() == lhs.size() ? rhs.get(i) : rhs.size() == 1 ? rhs.get(0) : null;
      if (value == null || !mentions(value, tainted)) {
        continue;
      }
      ParseTree target = lhs.get(i);
      if (target.getText().equals("_")) {
        continue;
      }
      Optional<Facts.Variable> v = bareName(target) ? facts.variableOf(target) : Optional.empty();
      if (v.isEmpty() || v.get().packageLevel() || !within(v.get().nameTokenIndex(), function)) {
        return true;
      }
      tainted.add(v.get().nameTokenIndex());
    }
    return false;
  }

  private boolean returns(GoParser.ReturnStmtContext r, ParserRuleContext function, Set<Integer> tainted) {
    List<ParseTree> results = Results.types(function);
    if (r.expressionList() == null) {
      for (ParseTree name : Results.names(function)) {
        Optional<Facts.Variable> v = facts.variableOf(name);
        int at = results.isEmpty() ? -1 : Results.names(function).indexOf(name);
        if (v.isPresent() && tainted.contains(v.get().nameTokenIndex()) && (at < 0 || mayHold(results.get(at)))) {
          return true;
        }
      }
      return false;
    }
    List<GoParser.ExpressionContext> values = r.expressionList().expression();
    for (int i = 0; i < values.size(); i++) {
      if (!mentions(values.get(i), tainted)) {
        continue;
      }
      if (values.size() != results.size()) {
        return results.stream().anyMatch(this::mayHold);
      }
      if (mayHold(results.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a value of the type may hold a reference to another value. */
  boolean mayHold(ParseTree type) {
    Optional<String> text = facts.typeOfType(type);
    Optional<String> kind = facts.kindOfType(type);
    if (text.isPresent() && text.get().matches("(\\[\\d*\\]|map\\[[a-z0-9]+\\])*"
        + "(error|bool|string|byte|rune|u?int(8|16|32|64)?|uintptr|float(32|64)|complex(64|128))")) {
      return false;
    }
    return kind.isEmpty() || !(kind.get().equals("basic") || kind.get().equals("string"));
  }

  /**
   * passed-as-argument(X): the variable X itself (not a call of it, not an expression built from
   * it) is an argument of a call in its function.
   */
  boolean passedAsArgument(ParseTree variable) {
    Optional<Facts.Variable> v = facts.variableOf(variable);
    Optional<ParserRuleContext> fn = enclosingFunction(variable);
    if (v.isEmpty() || fn.isEmpty()) {
      return false;
    }
    return passed(fn.get(), Set.of(v.get().nameTokenIndex()));
  }

  private boolean passed(ParseTree node, Set<Integer> vars) {
    if (node instanceof GoParser.ArgumentsContext a && a.expressionList() != null) {
      for (GoParser.ExpressionContext e : a.expressionList().expression()) {
        if (bareName(e) && facts.variableOf(e).map(x -> vars.contains(x.nameTokenIndex())).orElse(false)) {
          return true;
        }
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (passed(node.getChild(i), vars)) {
        return true;
      }
    }
    return false;
  }

  private boolean mentions(ParseTree node, Set<Integer> tainted) {
    for (int t : tainted) {
      if (facts.refersTo(node, t, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean bareName(ParseTree node) {
    ParseTree n = node;
    while (n instanceof ParserRuleContext c && c.getChildCount() == 1) {
      n = c.getChild(0);
    }
    return n instanceof TerminalNode;
  }

  private static boolean within(int tokenIndex, ParserRuleContext function) {
    return function.getStart().getTokenIndex() <= tokenIndex && tokenIndex <= function.getStop().getTokenIndex();
  }

  static Optional<ParserRuleContext> enclosingFunction(ParseTree node) {
    for (ParseTree n = node; n != null; n = n.getParent()) {
      if (Constraints.isFunction(n)) {
        return Optional.of((ParserRuleContext) n);
      }
    }
    return Optional.empty();
  }
}
