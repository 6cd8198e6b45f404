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

  public Constraints(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
    this.predicates = new Predicates(matcher, facts);
  }

  /** The match with any bindings the constraints add, or empty when one does not hold. */
  public Optional<Match> check(Match match, List<Constraint> where) {
    Match m = match;
    for (Constraint c : where) {
      Optional<Match> next = check(m, c);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      m = next.get();
    }
    return Optional.of(m);
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
        case FOLLOWED_BY, NOT_FOLLOWED_BY -> followedBy(m, r.pattern());
      };
      boolean negated = r.relation() == Constraint.Relation.NOT_INSIDE
          || r.relation() == Constraint.Relation.NOT_HAS
          || r.relation() == Constraint.Relation.NOT_FOLLOWED_BY;
      return found != negated;
    }
    if (c instanceof Constraint.TextMatches t) {
      Optional<Binding> b = m.bindings().get(t.metavariable());
      boolean found = b.isPresent() && t.regex().matcher(text(b.get())).find();
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

  /** Whether a statement after the match, in its function, contains a match of the pattern. */
  private boolean followedBy(Match m, Pattern p) {
    ParseTree n = m.node();
    while (n != null && !isFunction(n)) {
      if (n instanceof GoParser.StatementContext && n.getParent() instanceof GoParser.StatementListContext list) {
        boolean after = false;
        for (int i = 0; i < list.getChildCount(); i++) {
          ParseTree s = list.getChild(i);
          if (after && s instanceof GoParser.StatementContext
              && matcher.findIn(s, p, m.bindings(), x -> true).isPresent()) {
            return true;
          }
          after |= s == n;
        }
      }
      n = n.getParent();
    }
    return false;
  }

  /** Whether a node is a function declaration, a method or a function literal. */
  static boolean isFunction(ParseTree n) {
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
