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
  public static final Map<String, Integer> ARITY = Map.ofEntries(
      Map.entry("refers-to", 2),
      Map.entry("predeclared", 1),
      Map.entry("has-comment", 1),
      Map.entry("in-loop", 1),
      Map.entry("is-main-main", 0),
      Map.entry("written-in-goroutine", 1),
      Map.entry("runs-concurrently", 1),
      Map.entry("passed-on", 1),
      Map.entry("concurrent-access", 2),
      Map.entry("simple-statement", 1),
      Map.entry("locked", 1),
      Map.entry("value-retained", 1),
      Map.entry("returned", 1),
      Map.entry("written-through-later", 2),
      Map.entry("type-writable", 1),
      Map.entry("named-type", 1),
      Map.entry("slice-type-parameter", 1),
      Map.entry("parameter", 1),
      Map.entry("used-on-every-path", 1),
      Map.entry("loop-can-exit", 1),
      Map.entry("flows-out", 1),
      Map.entry("passed-as-argument", 1),
      Map.entry("in-header", 1),
      Map.entry("has-nullary-method", 2),
      Map.entry("assigned-after", 2),
      Map.entry("assigns-named-result", 1),
      Map.entry("branches-out", 2),
      Map.entry("in-loop-body", 2),
      Map.entry("mentions", 2),
      Map.entry("has-pointer-method", 1),
      Map.entry("has-field", 2),
      Map.entry("promotes-method", 2),
      Map.entry("declared-without-value", 1),
      Map.entry("returned-as", 2),
      Map.entry("read-after", 2),
      Map.entry("assigned-before", 2));

  /**
   * Whether the predicate may look at code outside the top-level declaration that holds the
   * match, beyond the package's declarations: {@code assigned-after} reads the whole file. Every
   * other predicate reads the match's own function (or function literal) and the facts of the
   * package's top-level declarations.
   */
  public static boolean looksBeyondItsDeclaration(String name) {
    return name.equals("assigned-after");
  }

  /**
   * Words that the text of a file must hold for the predicate to hold in it (none when that
   * cannot be said from its arguments): for {@code returned-as(X, TYPE)}, the names of TYPE,
   * since the result it fills is declared in the function's own signature, in the same file,
   * with the type spelled as given (import paths aside).
   */
  static List<String> requiredWords(String name, List<String> args) {
    if (name.equals("returned-as") && args.size() == 2) {
      return RequiredTokens.namesOutsideImportPaths(args.get(1));
    }
    return List.of();
  }

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
  private final GoroutineUses goroutineUses;
  private final ControlFlow controlFlow;
  private final DataFlow dataFlow;

  Predicates(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
    this.goroutineUses = new GoroutineUses(matcher, facts);
    this.controlFlow = new ControlFlow(facts);
    this.dataFlow = new DataFlow(facts);
  }

  boolean test(Match m, String name, List<String> args) {
    return switch (name) {
      case "refers-to" -> refersTo(m, args.get(0), args.get(1));
      case "predeclared" -> facts.predeclared(args.get(0), m.start());
      case "has-comment" -> hasComment(range(m, args.get(0)));
      case "in-loop" -> inLoop(node(m, args.get(0)));
      case "is-main-main" -> isMainMain(m.node());
      case "written-in-goroutine" ->
          goroutineUses.of(node(m, args.get(0))).map(v -> v.writtenInGoroutine()).orElse(false);
      case "runs-concurrently" ->
          goroutineUses.of(node(m, args.get(0))).map(v -> v.runsConcurrently()).orElse(false);
      case "passed-on" ->
          goroutineUses.of(node(m, args.get(0))).map(v -> v.passedOn()).orElse(false);
      case "concurrent-access" -> StatementFacts.statementOf(node(m, args.get(0)))
          .flatMap(s -> goroutineUses.of(node(m, args.get(1))).map(v -> v.concurrentAccess(s)))
          .orElse(false);
      case "simple-statement" ->
          StatementFacts.statementOf(node(m, args.get(0))).map(StatementFacts::isSimple).orElse(false);
      case "locked" ->
          StatementFacts.statementOf(node(m, args.get(0))).map(StatementFacts::isLocked).orElse(false);
      case "value-retained" -> new ValueContext(facts).retained(wholeNode(m, args.get(0)));
      case "returned" -> new ValueContext(facts).returned(wholeNode(m, args.get(0)));
      case "written-through-later" -> new WritesThrough(facts, matcher.file().tokens().tokens())
          .test(m, binding(m, args.get(0)), binding(m, args.get(1)));
      case "type-writable", "named-type", "slice-type-parameter", "parameter" ->
          new TypePredicates(facts).test(name, node(m, args.get(0)), m.start());
      case "used-on-every-path" -> controlFlow.usedOnEveryPath(m.node(), node(m, args.get(0)));
      case "in-header" -> ControlFlow.inHeader(node(m, args.get(0)));
      case "loop-can-exit" -> controlFlow.loopCanExit(node(m, args.get(0)));
      case "flows-out" -> dataFlow.flowsOut(node(m, args.get(0)));
      case "passed-as-argument" -> dataFlow.passedAsArgument(node(m, args.get(0)));
      case "has-nullary-method" -> new HasNullaryMethod(facts).test(node(m, args.get(0)), args.get(1));
      case "assigned-after" -> identifier(m, args.get(0))
          .map(t -> new AssignedAfter(matcher, facts).test(t, range(m, args.get(1))[0]))
          .orElse(false);
      case "assigns-named-result" -> new AssignsNamedResult(facts).test(binding(m, args.get(0)));
      case "in-loop-body" -> InLoopBody.test(node(m, args.get(0)), binding(m, args.get(1)));
      case "branches-out" -> new BranchesOut().test(binding(m, args.get(0)), args.get(1));
      case "mentions" -> mentions(m, args.get(0), args.get(1));
      case "has-pointer-method" -> new HasPointerMethod(facts).test(node(m, args.get(0)));
      case "has-field" -> new HasField(facts).test(node(m, args.get(0)), word(m, args.get(1)));
      case "promotes-method" ->
          new PromotesMethod(facts).test(node(m, args.get(0)), word(m, args.get(1)));
      case "declared-without-value" -> new DeclaredWithoutValue(facts).test(node(m, args.get(0)));
      case "returned-as" -> new ReturnedAs(facts).test(wholeNode(m, args.get(0)), args.get(1));
      case "read-after" -> identifier(m, args.get(0))
          .map(t -> new ReadAfter(matcher, facts).test(t, node(m, args.get(1)), range(m, args.get(1))[1]))
          .orElse(false);
      case "assigned-before" -> identifier(m, args.get(0))
          .map(t -> new AssignedBefore(facts).test(t, node(m, args.get(1))))
          .orElse(false);
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

  /**
   * mentions(X, Y): the code of X, leaving out the blocks within it, refers to the local variable
   * Y (by its declaration, so a shadowing variable of the same name does not count).
   */
  private boolean mentions(Match m, String x, String y) {
    List<ParseTree> nodes = x.equals("match") ? List.of(m.node())
        : m.bindings().get(x).map(Binding::nodes).orElse(List.of());
    if (nodes.isEmpty()) {
      return false;
    }
    return goroutineUses.of(node(m, y)).map(v -> nodes.stream().anyMatch(v::mentionedIn)).orElse(false);
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

  /** The node of a binding or the match, only when it covers all of that node's code. */
  private static ParseTree wholeNode(Match m, String arg) {
    ParseTree n = node(m, arg);
    int[] r = range(m, arg);
    if (n instanceof org.antlr.v4.runtime.ParserRuleContext ctx && ctx.getStop() != null
        && (ctx.getStart().getTokenIndex() != r[0] || ctx.getStop().getTokenIndex() != r[1])) {
      return new org.antlr.v4.runtime.ParserRuleContext(); // a part of a node has no context
    }
    return n;
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

  /**
   * The name an argument stands for: the text of the identifier a metavariable is bound to, or
   * the bare name itself; empty text when the binding is not one token.
   */
  private String word(Match m, String arg) {
    Optional<Binding> b = m.bindings().get(arg);
    if (b.isEmpty()) {
      return arg;
    }
    if (b.get().start() != b.get().stop()) {
      return "";
    }
    return matcher.file().tokens().tokens().get(b.get().start()).getText();
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
