package dev.gofix.match;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A compiled pattern: Go syntax with metavariables, parsed by the same grammar as the code it
 * matches. Its root is either one node (an expression, a type, a statement, a declaration) or a
 * sequence of statements matched against consecutive statements of a block.
 */
public final class Pattern {
  private final PatternSource source;
  private final Set<String> metavariables;
  /** The pattern's tokens in order, separators left out, null for each metavariable. */
  private final List<String> leaves;
  /** The parsed pattern; for a lazy one, null until first needed. */
  private volatile Compiled compiled;
  /** For a lazy pattern, what parses it; null once parsed or for an eager one. */
  private java.util.concurrent.Callable<Pattern> compiler;

  /**
   * What parsing the pattern gives: the trees and what the matcher asks of their nodes again and
   * again, computed once.
   *
   * @param shape the pattern's structure as text (node kinds, token types and texts): two
   *     patterns with the same shape match the same code with the same bindings
   * @param rootInfo the facts of the root (the first statement of a sequence)
   */
  private record Compiled(List<ParseTree> roots, boolean sequence,
      java.util.Map<ParseTree, NodeInfo> nodes, String shape, NodeInfo rootInfo) {}

  /**
   * A pattern node's metavariable (if it is one), its children without separators, whether it is
   * a list of {@code $$$X} only, its kind ({@link NodeKind}; null for a token), the number of
   * code children it matches when that number is fixed (-1 when a child may stand for none or
   * several), and for a token its type, text and length in code points.
   */
  record NodeInfo(
      java.util.Optional<Metavariables.Var> variable, List<ParseTree> children, List<NodeInfo> childInfos,
      boolean onlyLists, Class<?> kind, int arity, int tokenType, String tokenText, int tokenCodePoints) {
    /** The facts of a node, its children's computed here too. */
    static NodeInfo of(ParseTree node) {
      return of(node, Matcher.children(node).stream().map(NodeInfo::of).toList());
    }

    /** The facts of a node whose children's facts are known, in the order of {@link Matcher#children}. */
    static NodeInfo of(ParseTree node, List<NodeInfo> childInfos) {
      List<ParseTree> children = List.copyOf(Matcher.children(node));
      int arity = children.size();
      for (ParseTree c : children) {
        java.util.Optional<Metavariables.Var> v = Metavariables.of(c);
        if ((v.isPresent() && v.get().many()) || Matcher.onlyLists(c)) {
          arity = -1;
          break;
        }
      }
      Class<?> kind = node instanceof org.antlr.v4.runtime.ParserRuleContext ? NodeKind.of(node) : null;
      org.antlr.v4.runtime.Token token =
          node instanceof org.antlr.v4.runtime.tree.TerminalNode t ? t.getSymbol() : null;
      return new NodeInfo(Metavariables.of(node), children, List.copyOf(childInfos), Matcher.onlyLists(node), kind, arity,
          token == null ? -1 : token.getType(), token == null ? null : token.getText(),
          token == null ? -1 : token.getText().codePointCount(0, token.getText().length()));
    }
  }

  Pattern(PatternSource source, Set<String> metavariables, List<ParseTree> roots, boolean sequence) {
    this.source = source;
    this.metavariables = Set.copyOf(metavariables);
    this.compiled = compile(roots, sequence);
    List<String> leaves = new java.util.ArrayList<>();
    for (ParseTree root : this.compiled.roots()) {
      RequiredTokens.leaves(root, leaves);
    }
    this.leaves = java.util.Collections.unmodifiableList(leaves);
  }

  private Pattern(PatternSource source, Set<String> metavariables, List<String> leaves,
      java.util.concurrent.Callable<Pattern> compiler) {
    this.source = source;
    this.metavariables = Set.copyOf(metavariables);
    this.leaves = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(leaves));
    this.compiler = compiler;
  }

  /**
   * A pattern parsed only when the matcher first needs it; its metavariables and tokens are known
   * from its text. For patterns known to parse (the built-in recipes): a parse error then is an
   * {@link IllegalStateException}.
   */
  static Pattern lazy(PatternSource source, Set<String> metavariables, List<String> leaves,
      java.util.concurrent.Callable<Pattern> compiler) {
    return new Pattern(source, metavariables, leaves, compiler);
  }

  private static Compiled compile(List<ParseTree> roots, boolean sequence) {
    java.util.Map<ParseTree, NodeInfo> nodes = new java.util.IdentityHashMap<>();
    StringBuilder shape = new StringBuilder(sequence ? "seq" : "one");
    NodeInfo first = null;
    for (ParseTree root : roots) {
      NodeInfo info = index(root, shape, nodes);
      first = first == null ? info : first;
    }
    return new Compiled(List.copyOf(roots), sequence, nodes, shape.toString(), first);
  }

  private static NodeInfo index(ParseTree node, StringBuilder shape, java.util.Map<ParseTree, NodeInfo> nodes) {
    if (node instanceof org.antlr.v4.runtime.tree.TerminalNode t) {
      shape.append(' ').append(t.getSymbol().getType()).append(':').append(t.getText().length()).append(':').append(t.getText());
    } else {
      shape.append(" (").append(node.getClass().getName());
    }
    java.util.Map<ParseTree, NodeInfo> infos = new java.util.IdentityHashMap<>();
    for (int i = 0; i < node.getChildCount(); i++) {
      infos.put(node.getChild(i), index(node.getChild(i), shape, nodes));
    }
    if (!(node instanceof org.antlr.v4.runtime.tree.TerminalNode)) {
      shape.append(')');
    }
    NodeInfo info = NodeInfo.of(node, Matcher.children(node).stream().map(infos::get).toList());
    nodes.put(node, info);
    return info;
  }

  /** The parsed pattern, parsing a lazy one now (once, whichever thread asks first). */
  private Compiled compiled() {
    Compiled c = compiled;
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (compiled == null) {
        try {
          compiled = compiler.call().compiled();
        } catch (Exception e) {
          throw new IllegalStateException(source.file() + ":" + source.line() + ":" + source.column()
              + ": a built-in pattern does not compile: " + e.getMessage(), e);
        }
        compiler = null;
      }
      return compiled;
    }
  }

  /** Whether the pattern has been parsed (a lazy one may not be yet). */
  boolean isCompiled() {
    return compiled != null;
  }

  /** The facts of the root (the first statement of a sequence). */
  NodeInfo rootInfo() {
    return compiled().rootInfo();
  }

  /** The pattern's structure: equal for patterns that match the same code the same way. */
  String shape() {
    return compiled().shape();
  }

  /** The facts of one of this pattern's nodes; null for a node of another tree. */
  NodeInfo info(ParseTree node) {
    return compiled().nodes().get(node);
  }

  /** The pattern's tokens in order, separators left out, null for each metavariable. */
  List<String> leaves() {
    return leaves;
  }

  public PatternSource source() {
    return source;
  }

  /** The same pattern written at another place: its trees are shared, not parsed again. */
  Pattern at(PatternSource elsewhere) {
    Compiled c = compiled();
    return new Pattern(elsewhere, metavariables, c.roots(), c.sequence());
  }

  /** The names of the metavariables the pattern binds, without dollar signs. */
  public Set<String> metavariables() {
    return metavariables;
  }

  /** The pattern's root node, or its statements when it is a sequence. */
  List<ParseTree> roots() {
    return compiled().roots();
  }

  /**
   * Whether a match may be a top-level declaration with a function body in it, or a whole file:
   * the pattern's root is a function or method declaration, or more. Compiles the pattern.
   */
  public boolean mayHoldFunctionBody() {
    if (isSequence()) {
      return false; // statements, inside a block
    }
    ParseTree root = roots().get(0);
    return root instanceof dev.gofix.syntax.GoParser.FunctionDeclContext
        || root instanceof dev.gofix.syntax.GoParser.MethodDeclContext
        || root instanceof dev.gofix.syntax.GoParser.TopLevelDeclContext
        || root instanceof dev.gofix.syntax.GoParser.SourceFileContext;
  }

  /** Whether the pattern is a run of statements rather than one node. */
  boolean isSequence() {
    return compiled().sequence();
  }

  @Override
  public String toString() {
    return source.text();
  }
}
