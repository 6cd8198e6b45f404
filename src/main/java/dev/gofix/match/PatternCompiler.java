package dev.gofix.match;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import dev.gofix.syntax.SyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns pattern text into a {@link Pattern}, or an error at the pattern's position in its recipe
 * file. The text is first read as the statements of a function body, then as top-level
 * declarations; metavariables are rewritten to identifiers before parsing (see
 * {@link Metavariables}), so a pattern is real Go syntax.
 */
public final class PatternCompiler {
  private static final java.util.regex.Pattern METAVARIABLE =
      java.util.regex.Pattern.compile("\\$(\\$\\$)?([A-Za-z_][A-Za-z0-9_]*)?");
  private static final String BODY_PREFIX = "package p\nfunc _() {\n";
  private static final String DECL_PREFIX = "package p\n";

  private final GoFileParser parser = new GoFileParser();

  /**
   * Patterns compiled so far, by kind and text: recipes repeat their patterns (eight slice-copy
   * rules match {@code $S[$A:$B]}), and parsing them is most of loading a recipe. A repeat gets
   * the same trees with its own source.
   */
  private final java.util.Map<String, Pattern> compiled = new java.util.concurrent.ConcurrentHashMap<>();

  public Pattern compile(PatternSource source) throws PatternException {
    return remembered("e", source, () -> compileNew(source));
  }

  /**
   * A pattern of one statement matched only against statements of blocks, as a sequence of one;
   * a lone metavariable ({@code $S}) is allowed and matches every statement.
   */
  public Pattern compileStatement(PatternSource source) throws PatternException {
    return remembered("s", source, () -> compileStatementNew(source));
  }

  /**
   * A pattern that is parsed only when first matched: its metavariables and the tokens the
   * pre-filter needs come from its text. For patterns known to compile, the built-in recipes'
   * (a test compiles them all): most runs use few of them.
   */
  public Pattern lazy(PatternSource source) throws PatternException {
    return lazy(source, false);
  }

  /** {@link #compileStatement}, parsed only when first matched (see {@link #lazy}). */
  public Pattern lazyStatement(PatternSource source) throws PatternException {
    return lazy(source, true);
  }

  private Pattern lazy(PatternSource source, boolean statement) throws PatternException {
    String text = rewrite(source).text;
    if (text.isBlank()) {
      return statement ? compileStatement(source) : compile(source); // reports the error now
    }
    java.util.concurrent.Callable<Pattern> compile =
        statement ? () -> compileStatement(source) : () -> compile(source);
    Set<String> names = new LinkedHashSet<>();
    List<String> leaves = new ArrayList<>();
    for (org.antlr.v4.runtime.Token t : GoFileParser.tokens(text)) {
      Metavariables.ofIdentifier(t).filter(v -> !v.anonymous()).ifPresent(v -> names.add(v.name()));
      RequiredTokens.leaf(t, leaves);
    }
    return Pattern.lazy(source, names, leaves, compile);
  }

  private interface Compilation {
    Pattern run() throws PatternException;
  }

  private Pattern remembered(String kind, PatternSource source, Compilation compilation)
      throws PatternException {
    String key = kind + source.text();
    Pattern known = compiled.get(key);
    if (known != null) {
      return known.at(source);
    }
    Pattern p = compilation.run();
    compiled.put(key, p);
    return p;
  }

  private Pattern compileNew(PatternSource source) throws PatternException {
    Rewritten text = rewrite(source);
    if (text.text.isBlank()) {
      throw error(source, text, 0, "empty pattern");
    }
    ParsedFile body = parser.parse(new GoSource("pattern", BODY_PREFIX + text.text + "\n}\n"));
    for (int tries = 0; body.hasErrors() && tries < 64; tries++) {
      Rewritten clause = asClause(text, offsetOf(text.text, body.errors().get(0).line() - 2,
          body.errors().get(0).column()), body.errors().get(0).message());
      if (clause == null) {
        break;
      }
      text = clause;
      body = parser.parse(new GoSource("pattern", BODY_PREFIX + text.text + "\n}\n"));
    }
    if (!body.hasErrors()) {
      GoParser.FunctionDeclContext f =
          (GoParser.FunctionDeclContext) body.tree().topLevelDecl(0).functionDecl();
      List<ParseTree> statements = items(f.block().statementList());
      return build(source, text, statements, statements.size() > 1);
    }
    ParsedFile decls = parser.parse(new GoSource("pattern", DECL_PREFIX + text.text + "\n"));
    if (!decls.hasErrors() && decls.tree().topLevelDecl().size() == 1
        && decls.tree().importDecl().isEmpty()) {
      return build(source, text, List.of(decls.tree().topLevelDecl(0)), false);
    }
    boolean looksLikeDecl = text.text.stripLeading().startsWith("func ")
        || text.text.stripLeading().startsWith("import");
    ParsedFile worse = looksLikeDecl ? decls : body;
    int prefixLines = looksLikeDecl ? 1 : 2;
    SyntaxError e = worse.errors().get(0);
    int offset = offsetOf(text.text, e.line() - prefixLines, e.column());
    throw error(source, text, offset, "pattern does not parse as Go: " + e.message());
  }

  private Pattern compileStatementNew(PatternSource source) throws PatternException {
    Rewritten text = rewrite(source);
    ParsedFile body = parser.parse(new GoSource("pattern", BODY_PREFIX + text.text + "\n}\n"));
    if (body.hasErrors()) {
      return compile(source);
    }
    GoParser.FunctionDeclContext f = (GoParser.FunctionDeclContext) body.tree().topLevelDecl(0).functionDecl();
    List<ParseTree> statements = items(f.block().statementList());
    if (statements.size() != 1) {
      throw error(source, text, 0, "a statement pattern is one statement");
    }
    return build(source, text, statements, true);
  }

  private Pattern build(PatternSource source, Rewritten text, List<ParseTree> roots, boolean sequence)
      throws PatternException {
    Set<String> names = new LinkedHashSet<>();
    for (ParseTree root : roots) {
      collect(root, names);
    }
    List<ParseTree> stripped = new ArrayList<>();
    for (ParseTree root : roots) {
      stripped.add(sequence ? root : strip(root));
    }
    if (!sequence && Metavariables.of(roots.get(0)).isPresent()) {
      throw error(source, text, 0, "a pattern must be more than one metavariable");
    }
    return new Pattern(source, names, stripped, sequence);
  }

  /**
   * The node a one-node pattern is searched as: the pattern's statement or declaration with
   * wrappers of a single child taken off, so that {@code interface{}} matches every empty
   * interface type and {@code $X.Add($N)} every such call, wherever they stand.
   */
  private static ParseTree strip(ParseTree root) {
    ParseTree n = root;
    while (n instanceof ParserRuleContext ctx
        && ctx.getChildCount() == 1
        && ctx.getChild(0) instanceof ParserRuleContext child
        && Metavariables.of(child).isEmpty()) {
      n = child;
    }
    return n;
  }

  private static void collect(ParseTree node, Set<String> names) {
    if (node instanceof TerminalNode t) {
      Metavariables.ofIdentifier(t.getSymbol())
          .filter(v -> !v.anonymous())
          .ifPresent(v -> names.add(v.name()));
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      collect(node.getChild(i), names);
    }
  }

  /** The statements of a list, without separators. */
  static List<ParseTree> items(ParserRuleContext list) {
    List<ParseTree> out = new ArrayList<>();
    for (int i = 0; i < list.getChildCount(); i++) {
      if (list.getChild(i) instanceof ParserRuleContext c) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A metavariable where the parser wants a case clause (in a switch or select body) stands for
   * clauses: it is rewritten to {@code case __mvc_X:} (see {@link Metavariables#CLAUSE_ONE}), which
   * {@link Metavariables#of} takes for the metavariable. Null when the error is something else.
   */
  private static Rewritten asClause(Rewritten text, int offset, String message) {
    if (message != null && !message.contains("'case'")) {
      return null;
    }
    String rest = text.text.substring(offset);
    String prefix = rest.startsWith(Metavariables.ANONYMOUS_MANY) ? Metavariables.ANONYMOUS_MANY
        : rest.startsWith(Metavariables.MANY) ? Metavariables.MANY
        : rest.startsWith(Metavariables.ONE) ? Metavariables.ONE : null;
    if (prefix == null) {
      return null;
    }
    int end = offset;
    while (end < text.text.length() && (Character.isLetterOrDigit(text.text.charAt(end)) || text.text.charAt(end) == '_')) {
      end++;
    }
    String name = text.text.substring(offset, end);
    String clause = "case " + (prefix.equals(Metavariables.ONE)
        ? Metavariables.CLAUSE_ONE + name.substring(prefix.length())
        : Metavariables.CLAUSE_MANY + name.substring(Metavariables.MANY.length())) + ":";
    int[] offsets = new int[text.originalOffset.length - (end - offset) + clause.length()];
    System.arraycopy(text.originalOffset, 0, offsets, 0, offset);
    java.util.Arrays.fill(offsets, offset, offset + clause.length(), text.originalOffset[offset]);
    System.arraycopy(text.originalOffset, end, offsets, offset + clause.length(), text.originalOffset.length - end);
    Rewritten out = new Rewritten(text.text.substring(0, offset) + clause + text.text.substring(end), offsets);
    // A metavariable alone on the next line, indented as this one, is the next clause.
    int lineStart = text.text.lastIndexOf('\n', offset - 1) + 1;
    String indent = text.text.substring(lineStart, offset);
    int next = out.text.indexOf('\n', offset + clause.length());
    if (indent.isBlank() && next >= 0) {
      int at = next + 1 + indent.length();
      java.util.regex.Matcher alone = java.util.regex.Pattern.compile("__mv[s]?_\\w*[ \t]*(\r?\n|$)")
          .matcher(out.text);
      if (out.text.startsWith(indent, next + 1) && alone.region(at, out.text.length()).lookingAt()) {
        Rewritten more = asClause(out, at, null);
        return more != null ? more : out;
      }
    }
    return out;
  }

  /** Pattern text with metavariables and elisions turned into identifiers, and an offset map. */
  private record Rewritten(String text, int[] originalOffset) {}

  private static Rewritten rewrite(PatternSource source) throws PatternException {
    String in = source.text();
    StringBuilder out = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    Matcher m = METAVARIABLE.matcher(in);
    int i = 0;
    while (i < in.length()) {
      char c = in.charAt(i);
      if (c == '$') {
        m.region(i, in.length());
        m.lookingAt();
        if (m.group(2) == null) {
          throw error(source, null, i, "a metavariable needs a name: $X or $$$X");
        }
        String replacement = (m.group(1) != null ? Metavariables.MANY : Metavariables.ONE) + m.group(2);
        append(out, map, replacement, i);
        i = m.end();
        continue;
      }
      if (in.startsWith("...", i) && isElision(in, i)) {
        append(out, map, Metavariables.ANONYMOUS_MANY, i);
        i += 3;
        continue;
      }
      append(out, map, String.valueOf(c), i);
      i++;
    }
    int[] offsets = new int[map.size() + 1];
    for (int k = 0; k < map.size(); k++) {
      offsets[k] = map.get(k);
    }
    offsets[map.size()] = in.length();
    return new Rewritten(out.toString(), offsets);
  }

  private static void append(StringBuilder out, List<Integer> map, String s, int from) {
    out.append(s);
    for (int k = 0; k < s.length(); k++) {
      map.add(from);
    }
  }

  /**
   * An elision stands where a list item could: after an opening bracket, a comma, a colon, a
   * semicolon or at the start of a line, and before a closing bracket, a comma, a semicolon or
   * the end of a line. {@code [...]T} and {@code f(xs...)} are Go.
   */
  private static boolean isElision(String s, int at) {
    int before = at - 1;
    while (before >= 0 && (s.charAt(before) == ' ' || s.charAt(before) == '\t')) {
      before--;
    }
    boolean openBefore = before < 0 || "({,;:\n".indexOf(s.charAt(before)) >= 0;
    int after = at + 3;
    while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t')) {
      after++;
    }
    boolean closeAfter = after >= s.length() || ")},;\n\r".indexOf(s.charAt(after)) >= 0;
    return openBefore && closeAfter;
  }

  /** The offset in {@code text} of a 1-based line and byte column (patterns are mostly ASCII). */
  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset < text.length(); l++) {
      int nl = text.indexOf('\n', offset);
      offset = nl < 0 ? text.length() : nl + 1;
    }
    return Math.min(text.length(), Math.max(0, offset + column - 1));
  }

  /** An error at an offset of the rewritten text (or of the original when there is none). */
  private static PatternException error(PatternSource source, Rewritten text, int offset, String message) {
    int original = text == null ? offset : text.originalOffset[Math.min(offset, text.originalOffset.length - 1)];
    String in = source.text();
    int line = 0;
    int lineStart = 0;
    for (int k = 0; k < original && k < in.length(); k++) {
      if (in.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    int col = original - lineStart;
    int fileLine = source.line() + line;
    int fileColumn = line == 0 ? source.column() + col : source.indent() + col + 1;
    return new PatternException(source.file(), fileLine, fileColumn, message);
  }

  static boolean isToken(ParseTree node, int type) {
    return node instanceof TerminalNode t && t.getSymbol().getType() == type;
  }

  static Token symbol(ParseTree node) {
    return ((TerminalNode) node).getSymbol();
  }
}
