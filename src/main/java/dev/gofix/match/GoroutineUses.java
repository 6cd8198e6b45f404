package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * How the goroutine literals of a function use one of its local variables: which uses write it,
 * which launches touch it, and which statements of the function may run while a goroutine that
 * uses it runs (its concurrent region). One instance serves one file; answers are cached per
 * variable.
 *
 * <p>A goroutine literal is a function literal started by {@code go func(…){…}(…)} or passed to a
 * method named {@code Go} ({@code g.Go(func() error {…})}, {@code wg.Go(func(){…})}). A launch is a
 * goroutine literal of the variable's function, not nested in another one, that uses the variable.
 * The concurrent region starts at the first launch (at the start of the outermost loop around it
 * when it is in a loop) and ends at the first {@code .Wait()} call after that launch outside the
 * launches, or at the end of the function.
 */
final class GoroutineUses {

  /** How one use of the variable treats it. */
  enum Use {
    DECLARATION,
    READ,
    WRITE,
    RANGE,
    /** Passed to a call, assigned, returned, captured by a plain function literal, … */
    OTHER
  }

  private static final Set<String> ASSIGN_OPS = Set.of(
      "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "++", "--");

  private final Matcher matcher;
  private final Facts facts;
  private final List<Token> tokens;
  private final Map<Integer, Optional<Variable>> cache = new HashMap<>();

  GoroutineUses(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
    this.tokens = matcher.file().tokens().tokens();
  }

  /** The variable whose name is the first identifier of the node, when it is a local variable. */
  Optional<Variable> of(ParseTree node) {
    int from = node.getSourceInterval().a;
    int to = node.getSourceInterval().b;
    for (int i = from; i <= to && i >= 0; i++) {
      if (tokens.get(i).getType() == GoLexer.IDENTIFIER) {
        OptionalInt decl = facts.localVariable(i);
        if (decl.isEmpty()) {
          return Optional.empty();
        }
        return cache.computeIfAbsent(decl.getAsInt(), this::analyse);
      }
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<Variable> analyse(int declaration) {
    TerminalNode name = terminalAt(matcher.file().tree(), declaration);
    if (name == null) {
      return Optional.empty();
    }
    ParserRuleContext function = null;
    for (ParseTree n = name; n != null; n = n.getParent()) {
      if (Constraints.isFunction(n)) {
        function = (ParserRuleContext) n;
        break;
      }
    }
    if (function == null) {
      return Optional.empty();
    }
    return Optional.of(new Variable(declaration, function));
  }

  /** One local variable and what its function's goroutines do with it. */
  final class Variable {
    final int declaration;
    final ParserRuleContext function;
    /** Token index of each use (the declaration included) and what it does. */
    final Map<Integer, Use> uses = new HashMap<>();
    final List<ParserRuleContext> goroutines = new ArrayList<>();
    final List<ParserRuleContext> launches = new ArrayList<>();
    final boolean capturedByPlainLiteral;
    final int regionStart;
    final int regionEnd;

    Variable(int declaration, ParserRuleContext function) {
      this.declaration = declaration;
      this.function = function;
      collectGoroutines(function);
      int from = function.getStart().getTokenIndex();
      int to = function.getStop().getTokenIndex();
      boolean captured = false;
      for (int i = from; i <= to; i++) {
        if (tokens.get(i).getType() != GoLexer.IDENTIFIER) {
          continue;
        }
        OptionalInt d = i == declaration ? OptionalInt.of(declaration) : facts.localVariable(i);
        if (d.isEmpty() || d.getAsInt() != declaration) {
          continue;
        }
        uses.put(i, i == declaration ? Use.DECLARATION : classify(i));
        ParserRuleContext literal = innermostLiteral(i);
        if (literal != null && literal != function && !goroutines.contains(literal)) {
          captured = true;
        }
        ParserRuleContext launch = outermostGoroutine(i);
        if (launch != null && !launches.contains(launch)) {
          launches.add(launch);
        }
      }
      this.capturedByPlainLiteral = captured;
      launches.sort((a, b) -> Integer.compare(a.getStart().getTokenIndex(), b.getStart().getTokenIndex()));
      if (launches.isEmpty()) {
        regionStart = to + 1;
        regionEnd = to + 1;
      } else {
        ParserRuleContext first = launches.get(0);
        int start = first.getStart().getTokenIndex();
        for (ParserRuleContext launch : launches) {
          ParserRuleContext loop = outermostLoop(launch);
          start = Math.min(start, loop != null ? loop.getStart().getTokenIndex() : launch.getStart().getTokenIndex());
        }
        regionStart = start;
        regionEnd = waitAfter(first.getStop().getTokenIndex(), to);
      }
    }

    boolean writtenInGoroutine() {
      return uses.entrySet().stream()
          .anyMatch(e -> e.getValue() == Use.WRITE && outermostGoroutine(e.getKey()) != null);
    }

    /**
     * Used other than by indexing, len, delete, clear or range before the end of the concurrent
     * region or inside a goroutine, or captured by a plain function literal.
     */
    boolean passedOn() {
      return capturedByPlainLiteral || uses.entrySet().stream().anyMatch(e -> e.getValue() == Use.OTHER
          && (e.getKey() < regionEnd || outermostGoroutine(e.getKey()) != null));
    }

    /** Two uses, one in a goroutine, may run at the same time. */
    boolean runsConcurrently() {
      if (launches.size() >= 2) {
        return true;
      }
      for (ParserRuleContext launch : launches) {
        if (outermostLoop(launch) != null) {
          return true;
        }
      }
      for (Map.Entry<Integer, Use> e : uses.entrySet()) {
        if (e.getValue() != Use.DECLARATION && outermostGoroutine(e.getKey()) == null
            && e.getKey() >= regionStart && e.getKey() < regionEnd) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the statement uses the variable in its own code (not only in blocks or function
     * literals within it) and lies in a launch or in the concurrent region of the function.
     */
    boolean concurrentAccess(GoParser.StatementContext statement) {
      int from = statement.getStart().getTokenIndex();
      int to = statement.getStop().getTokenIndex();
      if (from < function.getStart().getTokenIndex() || to > function.getStop().getTokenIndex()) {
        return false;
      }
      boolean inLaunch = launches.stream().anyMatch(l -> contains(l, from));
      if (!inLaunch && (from < regionStart || from >= regionEnd)) {
        return false;
      }
      return mentionedIn(statement);
    }

    /** Whether the node uses the variable in its own code: not only in blocks within it, nor as its declaration. */
    boolean mentionedIn(ParseTree node) {
      int from = node.getSourceInterval().a;
      int to = node.getSourceInterval().b;
      List<int[]> nested = new ArrayList<>();
      collectNested(node, nested);
      for (Map.Entry<Integer, Use> e : uses.entrySet()) {
        int i = e.getKey();
        if (e.getValue() != Use.DECLARATION && i >= from && i <= to
            && nested.stream().noneMatch(r -> i >= r[0] && i <= r[1])) {
          return true;
        }
      }
      return false;
    }

    private void collectNested(ParseTree node, List<int[]> out) {
      for (int c = 0; c < node.getChildCount(); c++) {
        ParseTree child = node.getChild(c);
        if (child instanceof GoParser.BlockContext || child instanceof GoParser.StatementListContext) {
          ParserRuleContext r = (ParserRuleContext) child;
          out.add(new int[] {r.getStart().getTokenIndex(), r.getStop().getTokenIndex()});
        } else {
          collectNested(child, out);
        }
      }
    }

    /** The use's innermost function literal below the variable's function, or null. */
    private ParserRuleContext innermostLiteral(int token) {
      for (ParseTree n = terminalAt(function, token); n != null && n != function; n = n.getParent()) {
        if (Constraints.isFunction(n)) {
          return (ParserRuleContext) n;
        }
      }
      return null;
    }

    /** The outermost goroutine literal of the function that holds the token, or null. */
    private ParserRuleContext outermostGoroutine(int token) {
      ParserRuleContext found = null;
      for (ParserRuleContext g : goroutines) {
        if (contains(g, token) && (found == null || contains(g, found.getStart().getTokenIndex()))) {
          found = g;
        }
      }
      return found;
    }

    /** The outermost for statement around a launch, within the function, not around the variable's declaration. */
    private ParserRuleContext outermostLoop(ParserRuleContext launch) {
      ParserRuleContext found = null;
      ParseTree child = launch;
      for (ParseTree n = launch.getParent(); n != null && n != function; n = n.getParent()) {
        if (n instanceof GoParser.ForStmtContext f && child == f.block() && !contains(f, declaration)
            && waitAfter(launch.getStop().getTokenIndex(), f.getStop().getTokenIndex())
                > f.getStop().getTokenIndex()) {
          found = f;
        }
        child = n;
      }
      return found;
    }

    /** The first {@code .Wait(} after a token and up to {@code limit}, outside the launches; else limit + 1. */
    private int waitAfter(int after, int limit) {
      for (int i = after + 1; i <= limit; i++) {
        if (tokens.get(i).getType() == GoLexer.IDENTIFIER && tokens.get(i).getText().equals("Wait")
            && previous(i).map(Token::getText).orElse("").equals(".")
            && next(i).map(Token::getText).orElse("").equals("(")) {
          int at = i;
          if (launches.stream().noneMatch(l -> contains(l, at))) {
            return i;
          }
        }
      }
      return limit + 1;
    }

    private void collectGoroutines(ParseTree node) {
      if (node != function && Constraints.isFunction(node) && isGoroutine((ParserRuleContext) node)) {
        goroutines.add((ParserRuleContext) node);
      }
      for (int c = 0; c < node.getChildCount(); c++) {
        collectGoroutines(node.getChild(c));
      }
    }
  }

  /** Whether a function literal is started with go or passed to a method named Go. */
  private boolean isGoroutine(ParserRuleContext literal) {
    int at = literal.getStart().getTokenIndex();
    Optional<Token> p = previous(at);
    if (p.isEmpty()) {
      return false;
    }
    if (p.get().getType() == GoLexer.GO) {
      return true;
    }
    if (!p.get().getText().equals("(")) {
      return false;
    }
    Optional<Token> method = previous(p.get().getTokenIndex());
    Optional<Token> dot = method.flatMap(t -> previous(t.getTokenIndex()));
    return method.isPresent() && method.get().getText().equals("Go")
        && dot.isPresent() && dot.get().getText().equals(".");
  }

  private Use classify(int i) {
    Optional<Token> prev = previous(i);
    Optional<Token> next = next(i);
    String p = prev.map(Token::getText).orElse("");
    String n = next.map(Token::getText).orElse("");
    if (n.equals("[")) {
      int close = closing(next.get().getTokenIndex());
      String after = next(close).map(Token::getText).orElse("");
      return ASSIGN_OPS.contains(after) && !p.equals(".") ? Use.WRITE : Use.READ;
    }
    if (p.equals("(") && (n.equals(",") || n.equals(")"))) {
      String callee = previous(prev.get().getTokenIndex()).map(Token::getText).orElse("");
      if ((callee.equals("delete") || callee.equals("clear")) && facts.predeclared(callee, i)) {
        return Use.WRITE;
      }
      if (callee.equals("len") && n.equals(")") && facts.predeclared(callee, i)) {
        return Use.READ;
      }
    }
    if (n.equals("=") && !p.equals(".")) {
      return Use.WRITE;
    }
    if (p.equals("range")) {
      return Use.RANGE;
    }
    return Use.OTHER;
  }

  private int closing(int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tokens.get(i).getText();
      if (tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (t.equals("[") || t.equals("(") || t.equals("{")) {
        depth++;
      } else if (t.equals("]") || t.equals(")") || t.equals("}")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return tokens.size() - 1;
  }

  private Optional<Token> previous(int i) {
    for (int j = i - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (t.getChannel() == Token.DEFAULT_CHANNEL && !t.getText().isEmpty() && !isNewlineSemi(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private Optional<Token> next(int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.getChannel() == Token.DEFAULT_CHANNEL && !t.getText().isEmpty() && !isNewlineSemi(t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static boolean isNewlineSemi(Token t) {
    return t.getType() == GoLexer.SEMI && !t.getText().equals(";");
  }

  private static boolean contains(ParserRuleContext node, int token) {
    return token >= node.getStart().getTokenIndex() && token <= node.getStop().getTokenIndex();
  }

  /** The terminal of a token within a node, or null. */
  static TerminalNode terminalAt(ParseTree node, int token) {
    if (node instanceof TerminalNode t) {
      return t.getSymbol().getTokenIndex() == token ? t : null;
    }
    var range = node.getSourceInterval();
    if (token < range.a || token > range.b) {
      return null;
    }
    for (int c = 0; c < node.getChildCount(); c++) {
      TerminalNode t = terminalAt(node.getChild(c), token);
      if (t != null) {
        return t;
      }
    }
    return null;
  }
}
