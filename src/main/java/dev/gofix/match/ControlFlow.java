package dev.gofix.match;

import dev.gofix.syntax.GoParser;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Predicates over the paths of a function, from its syntax: {@code used-on-every-path(X)} and
 * {@code loop-can-exit(X)}. The walk knows blocks, if/else, switch and select (a switch without
 * default may run no clause), for loops (a loop with a condition or a range may run its body no
 * time), labels, break, continue, return and the calls that never return ({@code panic},
 * {@code os.Exit}, {@code log.Fatal…}, {@code log.Panic…}). Where it cannot tell (goto, a path that
 * goes round a loop), it answers as if a path were missed.
 */
final class ControlFlow {
  private final Facts facts;

  ControlFlow(Facts facts) {
    this.facts = facts;
  }

  /** How a path leaves a statement without having used the variable. */
  private record Exit(Kind kind, String label) {
    enum Kind { NORMAL, RETURN, BREAK, CONTINUE }

    static final Exit NORMAL = new Exit(Kind.NORMAL, "");
    static final Exit RETURN = new Exit(Kind.RETURN, "");
  }

  /**
   * used-on-every-path(X): on every path from the statement of the match to a return of its
   * function (an explicit return or the end of the body), the variable X is used: called,
   * deferred, passed, assigned or mentioned in any way, inside function literals too (as
   * {@code go vet}'s lostcancel judges). An {@code X} that is not a local variable (a field, an
   * element, a package variable) counts as used, as its holder is to use it; {@code _} never is.
   */
  boolean usedOnEveryPath(ParseTree matchNode, ParseTree variable) {
    Optional<Facts.Variable> v = facts.variableOf(variable);
    if (v.isEmpty() || v.get().packageLevel()) {
      // A field, an element or a package variable: whoever holds it is to use it; "_" is never used.
      return !variable.getText().equals("_");
    }
    int decl = v.get().nameTokenIndex();
    ParseTree n = matchNode;
    while (n != null && !(n instanceof GoParser.StatementContext && n.getParent() instanceof GoParser.StatementListContext)) {
      if (Constraints.isFunction(n)) {
        return false;
      }
      n = n.getParent();
    }
    if (n == null) {
      return false;
    }
    ParseTree statement = n;
    while (true) {
      GoParser.StatementListContext list = (GoParser.StatementListContext) statement.getParent();
      List<ParseTree> items = PatternCompiler.items(list);
      Set<Exit> exits = sequence(items, items.indexOf(statement) + 1, decl);
      if (exits.isEmpty()) {
        return true;
      }
      if (!exits.equals(Set.of(Exit.NORMAL))) {
        return false;
      }
      // The rest of the list falls through: go on after the statement that holds the list.
      ParseTree up = list.getParent();
      while (up != null && !(up instanceof GoParser.StatementContext && up.getParent() instanceof GoParser.StatementListContext)) {
        if (Constraints.isFunction(up) || up instanceof GoParser.ForStmtContext) {
          return false;
        }
        up = up.getParent();
      }
      if (up == null) {
        return false;
      }
      statement = up;
    }
  }

  private Set<Exit> sequence(List<ParseTree> items, int from, int decl) {
    Set<Exit> exits = new HashSet<>(Set.of(Exit.NORMAL));
    for (int i = from; i < items.size() && exits.contains(Exit.NORMAL); i++) {
      exits.remove(Exit.NORMAL);
      exits.addAll(statement((ParserRuleContext) items.get(i), decl, ""));
    }
    return exits;
  }

  private Set<Exit> block(GoParser.BlockContext b, int decl) {
    return sequence(PatternCompiler.items(b.statementList()), 0, decl);
  }

  private boolean uses(ParseTree node, int decl) {
    return node != null && facts.refersTo(node, decl, decl);
  }

  private Set<Exit> statement(ParserRuleContext s, int decl, String label) {
    ParseTree inner = s instanceof GoParser.StatementContext && s.getChildCount() == 1 ? s.getChild(0) : s;
    if (inner instanceof GoParser.LabeledStmtContext l) {
      if (l.statement() == null) {
        return Set.of(Exit.NORMAL);
      }
      Set<Exit> out = new HashSet<>();
      for (Exit e : statement(l.statement(), decl, l.IDENTIFIER().getText())) {
        boolean own = e.label().equals(l.IDENTIFIER().getText());
        out.add(own && e.kind() == Exit.Kind.BREAK ? Exit.NORMAL : e);
      }
      return out;
    }
    if (inner instanceof GoParser.ReturnStmtContext r) {
      return uses(r, decl) ? Set.of() : Set.of(Exit.RETURN);
    }
    if (inner instanceof GoParser.BreakStmtContext b) {
      return Set.of(new Exit(Exit.Kind.BREAK, b.IDENTIFIER() == null ? "" : b.IDENTIFIER().getText()));
    }
    if (inner instanceof GoParser.ContinueStmtContext c) {
      return Set.of(new Exit(Exit.Kind.CONTINUE, c.IDENTIFIER() == null ? "" : c.IDENTIFIER().getText()));
    }
    if (inner instanceof GoParser.GotoStmtContext) {
      return Set.of(Exit.RETURN);
    }
    if (inner instanceof GoParser.BlockContext b) {
      return block(b, decl);
    }
    if (inner instanceof GoParser.IfStmtContext f) {
      if (headerUses(f, decl)) {
        return Set.of();
      }
      Set<Exit> out = new HashSet<>(block(f.block(0), decl));
      if (f.ifStmt() != null) {
        out.addAll(statement(f.ifStmt(), decl, ""));
      } else if (f.ELSE() != null) {
        out.addAll(block((GoParser.BlockContext) f.getChild(f.getChildCount() - 1), decl));
      } else {
        out.add(Exit.NORMAL);
      }
      return out;
    }
    if (inner instanceof GoParser.SwitchStmtContext sw) {
      if (headerUses(sw, decl)) {
        return Set.of();
      }
      Set<Exit> out = new HashSet<>();
      boolean hasDefault = false;
      for (GoParser.CaseClauseContext c : sw.caseClause()) {
        hasDefault |= c.DEFAULT() != null;
        if (c.expressionList() != null && uses(c.expressionList(), decl)) {
          continue;
        }
        out.addAll(breaksEnd(sequence(PatternCompiler.items(c.statementList()), 0, decl), label));
      }
      if (!hasDefault) {
        out.add(Exit.NORMAL);
      }
      return out;
    }
    if (inner instanceof GoParser.SelectStmtContext sel) {
      Set<Exit> out = new HashSet<>();
      for (GoParser.CommClauseContext c : sel.commClause()) {
        if (c.simpleStmt() != null && uses(c.simpleStmt(), decl)) {
          continue;
        }
        out.addAll(breaksEnd(sequence(PatternCompiler.items(c.statementList()), 0, decl), label));
      }
      return out;
    }
    if (inner instanceof GoParser.ForStmtContext f) {
      boolean infinite = f.RANGE() == null && f.headerStmt() == null && f.forClauseTail() == null;
      if (headerUses(f, decl)) {
        return Set.of();
      }
      Set<Exit> out = new HashSet<>();
      for (Exit e : block(f.block(), decl)) {
        boolean own = e.label().isEmpty() || e.label().equals(label);
        if (own && e.kind() == Exit.Kind.BREAK) {
          out.add(Exit.NORMAL);
        } else if (!(own && e.kind() == Exit.Kind.CONTINUE) && e.kind() != Exit.Kind.NORMAL) {
          out.add(e);
        }
      }
      if (!infinite) {
        out.add(Exit.NORMAL);
      }
      return out;
    }
    if (uses(inner, decl)) {
      return Set.of();
    }
    if (inner instanceof GoParser.SimpleStmtContext e && e.getChildCount() == 1 && neverReturns(e)) {
      return Set.of();
    }
    return Set.of(Exit.NORMAL);
  }

  /** An unlabeled break (or one naming the statement's label) ends the switch or select. */
  private static Set<Exit> breaksEnd(Set<Exit> exits, String label) {
    Set<Exit> out = new HashSet<>();
    for (Exit e : exits) {
      boolean own = e.kind() == Exit.Kind.BREAK && (e.label().isEmpty() || e.label().equals(label));
      out.add(own ? Exit.NORMAL : e);
    }
    return out;
  }

  /** Whether the header of an if, switch or for (everything before its block or clauses) uses the variable. */
  private boolean headerUses(ParserRuleContext s, int decl) {
    for (ParseTree c : Matcher.children(s)) {
      if (c instanceof GoParser.BlockContext || c instanceof GoParser.CaseClauseContext) {
        return false;
      }
      if (c instanceof ParserRuleContext && uses(c, decl)) {
        return true;
      }
    }
    return false;
  }

  /** A call statement of panic, os.Exit, log.Fatal…, log.Panic…, or runtime.Goexit. */
  static boolean neverReturns(ParserRuleContext callStatement) {
    String text = callStatement.getText();
    return text.matches("(panic|os\\.Exit|log\\.(Fatal|Panic)(f|ln)?|runtime\\.Goexit)\\(.*");
  }

  /**
   * loop-can-exit(X): the for statement X can be left other than by its condition: its body has a
   * return, a goto, a break that leaves this loop (unlabeled and not inside an inner for, switch
   * or select, or naming the loop's label), or a call that never returns. Function literals in
   * the body are not looked into.
   */
  boolean loopCanExit(ParseTree node) {
    ParseTree n = node;
    while (n instanceof ParserRuleContext c && !(n instanceof GoParser.ForStmtContext) && c.getChildCount() == 1) {
      n = c.getChild(0);
    }
    if (!(n instanceof GoParser.ForStmtContext f)) {
      return false;
    }
    String label = f.getParent() instanceof GoParser.StatementContext st
        && st.getParent() instanceof GoParser.LabeledStmtContext l ? l.IDENTIFIER().getText() : null;
    return exits(f.block(), label, true);
  }

  private boolean exits(ParseTree node, String label, boolean direct) {
    if (node instanceof TerminalNode || Constraints.isFunction(node)) {
      return false;
    }
    if (node instanceof GoParser.ReturnStmtContext || node instanceof GoParser.GotoStmtContext) {
      return true;
    }
    if (node instanceof GoParser.BreakStmtContext b) {
      return b.IDENTIFIER() == null ? direct : b.IDENTIFIER().getText().equals(label);
    }
    if (node instanceof GoParser.SimpleStmtContext s && s.getChildCount() == 1 && neverReturns(s)) {
      return true;
    }
    boolean inner = direct && !(node instanceof GoParser.ForStmtContext
        || node instanceof GoParser.SwitchStmtContext || node instanceof GoParser.SelectStmtContext);
    for (int i = 0; i < node.getChildCount(); i++) {
      if (exits(node.getChild(i), label, inner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * in-header(X): X is, or is inside, the init statement, condition or post statement of an if,
   * switch or for statement (function literals there included).
   */
  static boolean inHeader(ParseTree node) {
    for (ParseTree n = node; n != null && n.getParent() != null; n = n.getParent()) {
      ParseTree p = n.getParent();
      if (p instanceof GoParser.BlockContext || p instanceof GoParser.StatementListContext) {
        return false;
      }
      if ((p instanceof GoParser.IfStmtContext || p instanceof GoParser.SwitchStmtContext
          || p instanceof GoParser.ForStmtContext || p instanceof GoParser.ForClauseTailContext)
          && (n instanceof GoParser.HeaderStmtContext || n instanceof GoParser.HeaderExpressionContext)) {
        return true;
      }
    }
    return false;
  }
}
