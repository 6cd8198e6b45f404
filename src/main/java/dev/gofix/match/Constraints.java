package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Decides whether a match meets a rule's constraints, in order; a metavariable pattern adds its
 * bindings to the match, so later constraints and the fix can use them.
 */
public final class Constraints {
  private final Matcher matcher;
  private final Facts facts;
  private final Predicates predicates;
  /**
   * One regex matcher per pattern, reset for each text: a new matcher per test was the largest
   * allocation of the matching stage. A Constraints serves one file on one thread.
   */
  private final java.util.Map<java.util.regex.Pattern, java.util.regex.Matcher> regexMatchers =
      new java.util.IdentityHashMap<>();

  public Constraints(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
    this.predicates = new Predicates(matcher, facts);
  }

  /**
   * The match with any bindings the constraints add, or empty when one does not hold. An
   * {@code inside} pattern that binds metavariables is tried at each enclosing node that matches,
   * innermost first, until the constraints after it hold as well.
   */
  public Optional<Match> check(Match match, List<Constraint> where) {
    return check(match, where, 0);
  }

  private Optional<Match> check(Match m, List<Constraint> where, int i) {
    if (i == where.size()) {
      return Optional.of(m);
    }
    Constraint c = where.get(i);
    if (c instanceof Constraint.Related r && r.relation() == Constraint.Relation.INSIDE) {
      for (ParseTree n = m.node().getParent(); n != null; n = n.getParent()) {
        Optional<Match> at = matcher.matchAt(n, r.pattern(), m.bindings());
        if (at.isPresent()) {
          Match bound = new Match(m.pattern(), m.node(), m.start(), m.stop(), at.get().bindings());
          Optional<Match> rest = check(bound, where, i + 1);
          if (rest.isPresent()) {
            return rest;
          }
        }
      }
      return Optional.empty();
    }
    Optional<Match> next = check(m, c);
    return next.isEmpty() ? Optional.empty() : check(next.get(), where, i + 1);
  }

  private Optional<Match> check(Match m, Constraint c) {
    if (c instanceof Constraint.MetavariablePattern mp) {
      Optional<ParseTree> node = m.bindings().get(mp.metavariable()).flatMap(Binding::node);
      if (node.isEmpty()) {
        return Optional.empty();
      }
      return matcher.matchAt(node.get(), mp.pattern(), m.bindings())
          .map(inner -> new Match(m.pattern(), m.node(), m.start(), m.stop(), inner.bindings()));
    }
    return holds(m, c) ? Optional.of(m) : Optional.empty();
  }

  private boolean holds(Match m, Constraint c) {
    if (c instanceof Constraint.Not not) {
      return matcher.matchAt(m.node(), not.pattern(), m.bindings()).isEmpty();
    }
    if (c instanceof Constraint.Related r) {
      boolean found = switch (r.relation()) {
        case INSIDE, NOT_INSIDE -> inside(m, r.pattern());
        case HAS, NOT_HAS -> has(m, r.pattern());
        case FOLLOWED_BY, NOT_FOLLOWED_BY -> beside(m, r.pattern(), true);
        case PRECEDED_BY, NOT_PRECEDED_BY -> beside(m, r.pattern(), false);
      };
      boolean negated = r.relation() == Constraint.Relation.NOT_INSIDE
          || r.relation() == Constraint.Relation.NOT_HAS
          || r.relation() == Constraint.Relation.NOT_FOLLOWED_BY
          || r.relation() == Constraint.Relation.NOT_PRECEDED_BY;
      return found != negated;
    }
    if (c instanceof Constraint.TextMatches t) {
      Optional<Binding> b = m.bindings().get(t.metavariable());
      boolean found = b.isPresent()
          && regexMatchers.computeIfAbsent(t.regex(), r -> r.matcher("")).reset(text(b.get())).find();
      return found != t.negated();
    }
    if (c instanceof Constraint.KindIs k) {
      return node(m, k.metavariable()).flatMap(facts::kindOf).map(k.kind()::equals).orElse(false);
    }
    if (c instanceof Constraint.TypeIs t) {
      return node(m, t.metavariable()).flatMap(facts::typeOf).map(t.type()::equals).orElse(false);
    }
    if (c instanceof Constraint.Some some) {
      return scan(m, some.pattern(), some.region(), some.where()).isEmpty() == some.none();
    }
    if (c instanceof Constraint.PackageIs p) {
      return node(m, p.metavariable()).flatMap(facts::importPathOf).map(p.path()::equals).orElse(false);
    }
    if (c instanceof Constraint.TypeIn t) {
      return node(m, t.metavariable()).flatMap(facts::typeOf).map(t.types()::contains).orElse(false);
    }
    if (c instanceof Constraint.ElemKindIs k) {
      return node(m, k.metavariable()).flatMap(facts::elemKindOf).map(k.kind()::equals).orElse(false);
    }
    if (c instanceof Constraint.MetavariableHas h) {
      return metavariableHas(m, h.metavariable(), h.pattern()) != h.negated();
    }
    if (c instanceof Constraint.Predicate p) {
      return predicates.test(m, p.name(), p.arguments()) != p.negated();
    }
    throw new IllegalArgumentException("unknown constraint " + c);
  }

  /**
   * Every match of the pattern within a region of a match that meets the conditions, with the
   * match's bindings; outermost first, never overlapping. The region is {@link Constraint#FUNCTION},
   * {@code match} or a metavariable; an unbound one has no matches.
   */
  public List<Match> scan(Match m, Pattern pattern, String region, List<Constraint> where) {
    Optional<ParseTree> node;
    if (region.equals(Constraint.FUNCTION)) {
      ParseTree n = m.node();
      while (n != null && !isFunction(n)) {
        n = n.getParent();
      }
      node = Optional.ofNullable(n);
    } else if (region.equals("match")) {
      node = Optional.of(m.node());
    } else {
      node = node(m, region);
    }
    if (node.isEmpty()) {
      return List.of();
    }
    return matcher.findAllIn(node.get(), pattern, m.bindings(), found -> check(found, where));
  }

  private static Optional<ParseTree> node(Match m, String name) {
    return m.bindings().get(name).flatMap(Binding::node);
  }

  private boolean inside(Match m, Pattern p) {
    for (ParseTree n = m.node().getParent(); n != null; n = n.getParent()) {
      if (matcher.matchAt(n, p, m.bindings()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean has(Match m, Pattern p) {
    for (int i = 0; i < m.node().getChildCount(); i++) {
      if (matcher.findIn(m.node().getChild(i), p, m.bindings(), x -> true).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a node within the code bound to a metavariable matches the pattern. */
  private boolean metavariableHas(Match m, String name, Pattern p) {
    Optional<Binding> b = m.bindings().get(name);
    if (b.isEmpty()) {
      return false;
    }
    for (ParseTree n : b.get().nodes()) {
      if (matcher.findIn(n, p, m.bindings(), x -> true).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a statement after ({@code after}) or before the match, in its function, contains a
   * match of the pattern: the statements beside the match and beside each block around it.
   */
  private boolean beside(Match m, Pattern p, boolean after) {
    ParseTree n = m.node();
    while (n != null && !isFunction(n)) {
      if (n instanceof GoParser.StatementContext && n.getParent() instanceof GoParser.StatementListContext list) {
        boolean past = false;
        for (int i = 0; i < list.getChildCount(); i++) {
          ParseTree s = list.getChild(i);
          if (s == n) {
            past = true;
            continue;
          }
          if (past == after && s instanceof GoParser.StatementContext
              && matcher.findIn(s, p, m.bindings(), x -> true).isPresent()) {
            return true;
          }
        }
      }
      n = n.getParent();
    }
    return false;
  }

  /** Whether a node is a function declaration, a method or a function literal. */
  public static boolean isFunction(ParseTree n) {
    if (n instanceof GoParser.FunctionDeclContext || n instanceof GoParser.MethodDeclContext) {
      return true;
    }
    return (n instanceof GoParser.OperandContext || n instanceof GoParser.HeaderOperandContext)
        && ((ParserRuleContext) n).getChildCount() > 1
        && n.getChild(0) instanceof TerminalNode t
        && t.getSymbol().getType() == GoLexer.FUNC;
  }

  /** A binding's code: its tokens with comments left out and each run of spaces made one. */
  String text(Binding b) {
    StringBuilder sb = new StringBuilder();
    List<Token> tokens = matcher.file().tokens().tokens();
    boolean space = false;
    for (int i = b.start(); i <= b.stop(); i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        if (space && sb.length() > 0 && !t.getText().isEmpty()) {
          sb.append(' ');
        }
        sb.append(t.getText());
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
