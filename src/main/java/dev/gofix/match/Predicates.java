package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The named predicates recipes may use under {@code where:}, for facts patterns cannot express.
 * An argument is a metavariable name (without dollar signs), {@code match}, or — for
 * {@code predeclared} — a Go identifier.
 */
public final class Predicates {

  /** Every predicate with its number of arguments; the recipe loader accepts exactly these. */
  public static final Map<String, Integer> ARITY = Map.of(
      "refers-to", 2,
      "predeclared", 1,
      "has-comment", 1,
      "in-loop", 1,
      "is-main-main", 0,
      "has-nullary-method", 2,
      "assigned-after", 2,
      "assigns-named-result", 1,
      "branches-out", 2,
      "in-loop-body", 2);

  /**
   * Why a predicate cannot take a bare word as an argument (empty when it can): the second
   * argument of {@code branches-out} names a statement kind.
   */
  public static Optional<String> wordError(String name, int index, String word) {
    if (name.equals("branches-out") && index == 1 && !BranchesOut.KINDS.contains(word)) {
      return Optional.of("branches-out takes return, break, continue or goto, not \"" + word + "\"");
    }
    return Optional.empty();
  }

  private final Matcher matcher;
  private final Facts facts;

  Predicates(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
  }

  boolean test(Match m, String name, List<String> args) {
    return switch (name) {
      case "refers-to" -> refersTo(m, args.get(0), args.get(1));
      case "predeclared" -> facts.predeclared(args.get(0), m.start());
      case "has-comment" -> hasComment(range(m, args.get(0)));
      case "in-loop" -> inLoop(node(m, args.get(0)));
      case "is-main-main" -> isMainMain(m.node());
      case "has-nullary-method" -> new HasNullaryMethod(facts).test(node(m, args.get(0)), args.get(1));
      case "assigned-after" -> identifier(m, args.get(0))
          .map(t -> new AssignedAfter(matcher, facts).test(t, range(m, args.get(1))[0]))
          .orElse(false);
      case "assigns-named-result" -> new AssignsNamedResult(facts).test(binding(m, args.get(0)));
      case "in-loop-body" -> InLoopBody.test(node(m, args.get(0)), binding(m, args.get(1)));
      case "branches-out" -> new BranchesOut().test(binding(m, args.get(0)), args.get(1));
      default -> throw new IllegalArgumentException("unknown predicate " + name);
    };
  }

  /** refers-to(X, P): a name in X is declared within P. */
  private boolean refersTo(Match m, String x, String p) {
    Optional<Binding> in = m.bindings().get(x);
    Optional<Binding> scope = m.bindings().get(p);
    if (in.isEmpty() || scope.isEmpty() || scope.get().isEmpty()) {
      return false;
    }
    for (ParseTree n : in.get().nodes()) {
      if (facts.refersTo(n, scope.get().start(), scope.get().stop())) {
        return true;
      }
    }
    return false;
  }

  /** has-comment(X): a comment lies within X's text. */
  private boolean hasComment(int[] range) {
    List<Token> tokens = matcher.file().tokens().tokens();
    for (int i = range[0]; i <= range[1]; i++) {
      if (tokens.get(i).getChannel() == GoLexer.COMMENTS) {
        return true;
      }
    }
    return false;
  }

  /** in-loop(X): X is inside the body of a for statement of its own function. */
  private static boolean inLoop(ParseTree node) {
    ParseTree child = node;
    for (ParseTree n = node.getParent(); n != null && !Constraints.isFunction(child); n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext f && child == f.block()) {
        return true;
      }
      child = n;
    }
    return false;
  }

  /** is-main-main(): the match is in function main of package main. */
  private boolean isMainMain(ParseTree node) {
    if (!matcher.file().tree().packageClause().IDENTIFIER().getText().equals("main")) {
      return false;
    }
    for (ParseTree n = node; n != null; n = n.getParent()) {
      if (n instanceof GoParser.FunctionDeclContext f) {
        return f.IDENTIFIER().getText().equals("main") && f.typeParameters() == null;
      }
    }
    return false;
  }

  private static ParseTree node(Match m, String arg) {
    if (arg.equals("match")) {
      return m.node();
    }
    Binding b = m.bindings().get(arg).orElseThrow(() -> new IllegalArgumentException("unbound $" + arg));
    return b.nodes().isEmpty() ? m.node() : b.nodes().get(0);
  }

  /** The identifier token a single-token argument is. */
  private Optional<Token> identifier(Match m, String arg) {
    int[] r = range(m, arg);
    if (r[0] != r[1]) {
      return Optional.empty();
    }
    Token t = matcher.file().tokens().tokens().get(r[0]);
    return t.getType() == GoLexer.IDENTIFIER ? Optional.of(t) : Optional.empty();
  }

  private static Binding binding(Match m, String arg) {
    if (arg.equals("match")) {
      return new Binding("match", List.of(m.node()), m.start(), m.stop());
    }
    return m.bindings().get(arg).orElseThrow(() -> new IllegalArgumentException("unbound $" + arg));
  }

  private static int[] range(Match m, String arg) {
    if (arg.equals("match")) {
      return new int[] {m.start(), m.stop()};
    }
    Binding b = m.bindings().get(arg).orElseThrow(() -> new IllegalArgumentException("unbound $" + arg));
    return new int[] {b.start(), b.stop()};
  }
}
