package dev.gofix.match;

import dev.gofix.syntax.GoContext;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import dev.gofix.syntax.TokenText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Finds the matches of patterns in one parsed file by comparing parse trees: nodes match when
 * they are of the same kind and their children match in order (separators aside); tokens when
 * they have the same type and text. A metavariable matches any node in its place, {@code $$$X}
 * and {@code ...} any run of list items; a metavariable bound twice matches the same tokens.
 */
public final class Matcher {
  private final ParsedFile file;
  private final List<Token> tokens;

  public Matcher(ParsedFile file) {
    this.file = file;
    this.tokens = file.tokens().tokens();
  }

  public ParsedFile file() {
    return file;
  }

  /**
   * Every match of the pattern that {@code accept} takes, outermost first, in source order; the
   * inside of an accepted match is not searched again, so matches never overlap.
   */
  public List<Match> findAll(Pattern pattern, Predicate<Match> accept) {
    List<Match> out = new ArrayList<>();
    search(file.tree(), pattern, new Bindings(), accept, out);
    return out;
  }

  /**
   * Every match within a node (the node included) that {@code refine} keeps, starting from the
   * bindings already made; outermost first, never overlapping, as {@link #findAll}.
   */
  public List<Match> findAllIn(
      ParseTree node, Pattern pattern, Bindings initial, java.util.function.Function<Match, Optional<Match>> refine) {
    List<Match> found = new ArrayList<>();
    List<Match> refined = new ArrayList<>();
    search(node, pattern, initial, (Match m) -> {
      Optional<Match> r = refine.apply(m);
      r.ifPresent(refined::add);
      return r.isPresent();
    }, found);
    return refined;
  }

  /**
   * Every match of the pattern that {@code refine} keeps, as {@code refine} returns it (with the
   * bindings its constraints add); otherwise as {@link #findAll}.
   */
  public List<Match> findRefined(Pattern pattern, java.util.function.Function<Match, Optional<Match>> refine) {
    List<Match> refined = new ArrayList<>();
    findAll(pattern, (Match m) -> {
      Optional<Match> r = refine.apply(m);
      r.ifPresent(refined::add);
      return r.isPresent();
    });
    return refined;
  }

  /**
   * The matches of several patterns in one walk over the tree: for each pattern, the same list, in
   * the same order, as {@link #findRefined} gives for it alone. Each node is tried only against
   * the patterns whose root is of the node's kind (sequences: against statement lists).
   */
  public List<List<Match>> findEachRefined(
      List<Pattern> patterns, List<? extends java.util.function.Function<Match, Optional<Match>>> refine) {
    int n = patterns.size();
    if (refine.size() != n) {
      throw new IllegalArgumentException(n + " patterns but " + refine.size() + " refinements");
    }
    Walk walk = new Walk(patterns, refine);
    walk.visit(file.tree());
    return walk.refined;
  }

  /**
   * No bindings, to start a search from, shared: never changed, since a search copies its initial
   * bindings before it binds.
   */
  private static final Bindings NONE = new Bindings();

  /** The state of {@link #findEachRefined}: per pattern, what its own search would hold. */
  private final class Walk {
    final List<Pattern> patterns;
    final List<? extends java.util.function.Function<Match, Optional<Match>>> refine;
    final List<List<Match>> refined = new ArrayList<>();
    /** Per pattern, the matches its own search would have accepted (the {@code out} of search). */
    final List<List<Match>> accepted = new ArrayList<>();
    /**
     * Per node class, the groups of one-node patterns rooted at its kind (header twins have their
     * own entries, so one lookup serves); a group holds the patterns of one shape ({@link
     * Pattern#shape}), whose candidates at a node are the same.
     */
    final java.util.Map<Class<?>, Group[]> byClass;
    final int[] sequences;
    /** Per pattern, whether the walk is outside its matches (a search does not enter a match). */
    final boolean[] active;
    /** The last token of the latest match of any pattern: children after it are never covered. */
    int coverStop = -1;

    Walk(List<Pattern> patterns, List<? extends java.util.function.Function<Match, Optional<Match>>> refine) {
      this.patterns = patterns;
      this.refine = refine;
      int n = patterns.size();
      this.active = new boolean[n];
      java.util.Arrays.fill(active, true);
      for (int i = 0; i < n; i++) {
        refined.add(new ArrayList<>());
        accepted.add(new ArrayList<>());
      }
      Plan plan = Plan.of(patterns);
      this.byClass = plan.byClass();
      this.sequences = plan.sequences();
    }

    boolean accept(int i, Match m) {
      Optional<Match> r = refine.get(i).apply(m);
      r.ifPresent(refined.get(i)::add);
      return r.isPresent();
    }

    void visit(ParseTree node) {
      if (!(node instanceof ParserRuleContext ctx)) {
        return;
      }
      int[] stopped = null;
      int stoppedCount = 0;
      if (sequences.length > 0 && node instanceof GoParser.StatementListContext list) {
        for (int i : sequences) {
          if (active[i]) {
            final int k = i;
            List<Match> out = accepted.get(i);
            int before = out.size();
            searchSequence(list, patterns.get(i), NONE, m -> accept(k, m), out, false);
            if (out.size() > before) {
              coverStop = Math.max(coverStop, out.get(out.size() - 1).stop());
            }
          }
        }
      }
      Group[] groups = byClass.get(node.getClass());
      if (groups != null) {
        for (Group g : groups) {
          if (!g.mayMatchAt(ctx)) {
            continue;
          }
          int[] group = g.members();
          List<Match> candidates = null;
          for (int i : group) {
            if (!active[i]) {
              continue;
            }
            if (candidates == null) {
              candidates = candidatesAt(node, g.pattern(), NONE);
              if (candidates.isEmpty()) {
                break;
              }
            }
            for (Match c : candidates) {
              // Each pattern of the group gets its own match; they share the bindings, which no
              // one changes once a match is made (refining that binds more makes a new match).
              Match m = group.length == 1 ? c
                  : new Match(patterns.get(i), c.node(), c.start(), c.stop(), c.bindings());
              if (accept(i, m)) {
                accepted.get(i).add(m);
                coverStop = Math.max(coverStop, m.stop());
                // Its own search would stop here: the pattern sits out this node's subtree.
                active[i] = false;
                if (stopped == null) {
                  stopped = new int[patterns.size()];
                }
                stopped[stoppedCount++] = i;
                break;
              }
            }
          }
        }
      }
      List<ParseTree> children = ctx.children;
      for (int c = 0, n = children == null ? 0 : children.size(); c < n; c++) {
        ParseTree child = children.get(c);
        if (!(child instanceof ParserRuleContext childCtx)) {
          continue;
        }
        int[] skipped = null;
        int skippedCount = 0;
        if (coverStop >= 0 && childCtx.getStart() != null && childCtx.getStart().getTokenIndex() <= coverStop + 1) {
          for (int i = 0; i < active.length; i++) {
            List<Match> out = accepted.get(i);
            if (active[i] && !out.isEmpty() && covered(out, child)) {
              active[i] = false;
              if (skipped == null) {
                skipped = new int[active.length];
              }
              skipped[skippedCount++] = i;
            }
          }
        }
        visit(child);
        for (int s = 0; s < skippedCount; s++) {
          active[skipped[s]] = true;
        }
      }
      for (int s = 0; s < stoppedCount; s++) {
        active[stopped[s]] = true;
      }
    }
  }

  /**
   * How a walk tries a list of patterns, which is the same for every file of a run: per node
   * class, the groups of patterns to try; and the statement sequences. Kept for the lists seen.
   */
  private record Plan(java.util.Map<Class<?>, Group[]> byClass, int[] sequences) {
    private static final java.util.Map<List<Pattern>, Plan> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    static Plan of(List<Pattern> patterns) {
      List<Pattern> key = List.copyOf(patterns);
      Plan plan = SEEN.get(key);
      if (plan == null) {
        if (SEEN.size() > 256) {
          SEEN.clear();
        }
        plan = make(key);
        SEEN.put(key, plan);
      }
      return plan;
    }

    private static Plan make(List<Pattern> patterns) {
      java.util.Map<Class<?>, java.util.Map<String, List<Integer>>> kinds = new java.util.LinkedHashMap<>();
      List<Integer> seq = new ArrayList<>();
      for (int i = 0; i < patterns.size(); i++) {
        Pattern p = patterns.get(i);
        if (p.isSequence()) {
          seq.add(i);
        } else {
          kinds.computeIfAbsent(NodeKind.of(p.roots().get(0)), k -> new java.util.LinkedHashMap<>())
              .computeIfAbsent(p.shape(), k -> new ArrayList<>()).add(i);
        }
      }
      java.util.Map<Class<?>, Group[]> byClass = new java.util.IdentityHashMap<>();
      kinds.forEach((k, groups) -> {
        Group[] array = groups.values().stream()
            .map(g -> new Group(g.stream().mapToInt(Integer::intValue).toArray(), patterns.get(g.get(0))))
            .toArray(Group[]::new);
        for (Class<?> c : NodeKind.classesOf(k)) {
          byClass.put(c, array);
        }
      });
      return new Plan(byClass, seq.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /**
   * Patterns of one shape, and what a node needs to be a candidate for them: at least as many
   * children (separators aside) as the root has, or exactly as many where that is fixed.
   */
  private record Group(int[] members, Pattern pattern, int least, boolean exact) {
    Group(int[] members, Pattern pattern) {
      this(members, pattern, least(pattern), exact(pattern));
    }

    private static int least(Pattern p) {
      Pattern.NodeInfo root = p.rootInfo();
      return root.variable().isPresent() || root.arity() < 0 ? 0 : root.arity();
    }

    private static boolean exact(Pattern p) {
      Pattern.NodeInfo root = p.rootInfo();
      // A primary expression matches a prefix of the code's suffixes: more children are fine.
      return least(p) > 0 && root.kind() != GoParser.PrimaryExprContext.class;
    }

    boolean mayMatchAt(ParserRuleContext node) {
      if (least == 0) {
        return true;
      }
      // A primary expression has no separators among its children: they are all counted.
      int n = exact ? count(node) : node.getChildCount();
      return exact ? n == least : n >= least;
    }
  }

  /** The first match within a node (the node itself included) that {@code accept} takes. */
  public Optional<Match> findIn(ParseTree node, Pattern pattern, Bindings initial, Predicate<Match> accept) {
    List<Match> out = new ArrayList<>();
    searchFirst(node, pattern, initial, accept, out);
    return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
  }

  /**
   * A match of the pattern at this node or at the node it wraps alone, keeping the bindings
   * already made.
   */
  public Optional<Match> matchAt(ParseTree node, Pattern pattern, Bindings initial) {
    // A statement that is only a call is also that call: try the node's single-child chain.
    for (ParseTree n = node; n instanceof ParserRuleContext; n = n.getChildCount() == 1 ? n.getChild(0) : null) {
      List<Match> candidates = candidatesAt(n, pattern, initial);
      if (!candidates.isEmpty()) {
        return Optional.of(candidates.get(0));
      }
    }
    return Optional.empty();
  }

  private void search(
      ParseTree node, Pattern pattern, Bindings initial, Predicate<Match> accept, List<Match> out) {
    if (!(node instanceof ParserRuleContext ctx)) {
      return;
    }
    if (pattern.isSequence() && node instanceof GoParser.StatementListContext list) {
      searchSequence(list, pattern, initial, accept, out, false);
    } else {
      for (Match m : candidatesAt(node, pattern, initial)) {
        if (accept.test(m)) {
          out.add(m);
          return;
        }
      }
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      ParseTree child = ctx.getChild(i);
      if (!out.isEmpty() && covered(out, child)) {
        continue;
      }
      search(child, pattern, initial, accept, out);
    }
  }

  private boolean searchFirst(
      ParseTree node, Pattern pattern, Bindings initial, Predicate<Match> accept, List<Match> out) {
    if (!(node instanceof ParserRuleContext ctx)) {
      return false;
    }
    if (pattern.isSequence() && node instanceof GoParser.StatementListContext list) {
      if (searchSequence(list, pattern, initial, accept, out, true)) {
        return true;
      }
    } else {
      for (Match m : candidatesAt(node, pattern, initial)) {
        if (accept.test(m)) {
          out.add(m);
          return true;
        }
      }
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (searchFirst(ctx.getChild(i), pattern, initial, accept, out)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Match> out, ParseTree child) {
    Match last = out.get(out.size() - 1);
    if (!(child instanceof ParserRuleContext c) || c.getStart() == null || c.getStop() == null) {
      return false;
    }
    return c.getStart().getTokenIndex() >= last.start() && c.getStop().getTokenIndex() <= last.stop();
  }

  private boolean searchSequence(
      GoParser.StatementListContext list, Pattern pattern, Bindings initial,
      Predicate<Match> accept, List<Match> out, boolean firstOnly) {
    List<ParseTree> items = PatternCompiler.items(list);
    List<ParseTree> ps = pattern.roots();
    int i = 0;
    boolean found = false;
    while (i < items.size()) {
      Bindings b = new Bindings(initial);
      int[] end = new int[1];
      Pattern saved = current;
      current = pattern;
      boolean matched;
      try {
        matched = sequence(ps, 0, items, i, b, true, end);
      } finally {
        current = saved;
      }
      if (matched && end[0] > i) {
        Match m = new Match(pattern, items.get(i), start(items.get(i)), stop(items.get(end[0] - 1)), b);
        if (accept.test(m)) {
          out.add(m);
          found = true;
          if (firstOnly) {
            return true;
          }
          i = end[0];
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /** The pattern whose nodes are being compared, for its precomputed node facts. */
  private Pattern current;

  /**
   * The matches of a pattern at a node: none or one for a one-node pattern (for a call chain, on
   * its longest prefix that matches), any number for a statement sequence.
   */
  private List<Match> candidatesAt(ParseTree node, Pattern pattern, Bindings initial) {
    Pattern saved = current;
    current = pattern;
    try {
      return candidatesAtNode(node, pattern, initial);
    } finally {
      current = saved;
    }
  }

  private Pattern.NodeInfo info(ParseTree p) {
    Pattern.NodeInfo i = current == null ? null : current.info(p);
    return i != null ? i : Pattern.NodeInfo.of(p);
  }

  /**
   * A cheap test that a code node may match a pattern node, without bindings or allocation: the
   * same kind (or token), as many children as the pattern needs, and {@code depth} more levels of
   * children alike. False only when {@link #node} would fail.
   */
  private boolean mayMatch(Pattern.NodeInfo pi, ParseTree c, int depth) {
    if (pi.variable().isPresent()) {
      return true;
    }
    if (pi.kind() == null) {
      return c instanceof TerminalNode ct && sameToken(pi, ct);
    }
    if (!(c instanceof ParserRuleContext ctx) || NodeKind.of(c) != pi.kind()) {
      return false;
    }
    int arity = pi.arity();
    if (arity < 0) {
      return true;
    }
    int count = count(ctx);
    if (count != arity) {
      // A primary expression whose operand is a metavariable takes leading suffixes too.
      return count > arity && NodeKind.isPrimary(c) && headTakesMore(pi);
    }
    if (depth == 0 || ctx.children == null) {
      return true;
    }
    int k = 0;
    List<ParseTree> children = ctx.children;
    List<Pattern.NodeInfo> infos = pi.childInfos();
    boolean separators = count != children.size();
    for (int i = 0, size = children.size(); i < size; i++) {
      ParseTree child = children.get(i);
      if (separators && isSeparator(child)) {
        continue;
      }
      if (!mayMatch(infos.get(k++), child, depth - 1)) {
        return false;
      }
    }
    return true;
  }

  /** A depth for {@link #mayMatch} that takes in every level of a pattern. */
  private static final int WHOLE = Integer.MAX_VALUE;

  /**
   * Whether the pattern's suffixes (all children but the operand) may match the code's that end
   * at {@code end}: the test of {@link #mayMatch} for each, aligned from the end.
   */
  private boolean suffixesMayMatch(Pattern.NodeInfo primary, List<ParseTree> cs, int end) {
    List<Pattern.NodeInfo> ps = primary.childInfos();
    int offset = end - ps.size();
    for (int j = ps.size() - 1; j >= 1; j--) {
      if (!mayMatch(ps.get(j), cs.get(offset + j), WHOLE)) {
        return false;
      }
    }
    return true;
  }

  private boolean headTakesMore(Pattern.NodeInfo primary) {
    Optional<Metavariables.Var> v = primary.childInfos().get(0).variable();
    return v.isPresent() && !v.get().many();
  }

  private static boolean sameToken(Pattern.NodeInfo pi, TerminalNode ct) {
    Token t = ct.getSymbol();
    if (t.getType() != pi.tokenType()) {
      return false;
    }
    // Token offsets count code points: a token of another length cannot have the same text, and
    // its text is not made (a new string each time) to find that out.
    int length = t.getStopIndex() - t.getStartIndex() + 1;
    return length == pi.tokenCodePoints() && TokenText.is(t, pi.tokenText());
  }

  private List<Match> candidatesAtNode(ParseTree node, Pattern pattern, Bindings initial) {
    if (pattern.isSequence()) {
      List<Match> out = new ArrayList<>();
      if (node instanceof GoParser.StatementListContext list) {
        searchSequence(list, pattern, initial, m -> true, out, true);
      }
      return out;
    }
    ParseTree p = pattern.roots().get(0);
    Pattern.NodeInfo pi = pattern.rootInfo();
    if (!(node instanceof ParserRuleContext) || pi.kind() != NodeKind.of(node)) {
      return List.of();
    }
    if (pi.kind() == GoParser.PrimaryExprContext.class) {
      List<ParseTree> ps = pi.children();
      int count = count((ParserRuleContext) node);
      if (count < ps.size()) {
        return List.of();
      }
      List<ParseTree> cs = childrenToRead(node);
      // Without a metavariable operand to take more suffixes, only the prefix as long as the
      // pattern can match; the longest prefix that matches is the match.
      int longest = headTakesMore(pi) ? cs.size() : ps.size();
      for (int end = longest; end >= ps.size(); end--) {
        if (!suffixesMayMatch(pi, cs, end)) {
          continue;
        }
        Bindings b = new Bindings(initial);
        if (primary(ps, cs.subList(0, end), b)) {
          return List.of(new Match(pattern, node, start(node), stop(cs.get(end - 1)), b));
        }
      }
      return List.of();
    }
    if (!mayMatch(pi, node, WHOLE)) {
      return List.of();
    }
    Bindings b = new Bindings(initial);
    if (node(p, node, b)) {
      return List.of(new Match(pattern, node, start(node), stop(node), b));
    }
    return List.of();
  }

  // ---------------------------------------------------------------------------------------------
  // Tree comparison

  private boolean node(ParseTree p, ParseTree c, Bindings b) {
    Pattern.NodeInfo pi = info(p);
    Optional<Metavariables.Var> v = pi.variable();
    if (v.isPresent()) {
      return bind(v.get(), List.of(c), start(c), stop(c), b);
    }
    if (pi.kind() == null) {
      return c instanceof TerminalNode ct && sameToken(pi, ct);
    }
    if (!mayMatch(pi, c, 0)) {
      return false;
    }
    if (pi.kind() == GoParser.PrimaryExprContext.class) {
      return primary(pi.children(), childrenToRead(c), b);
    }
    int[] end = new int[1];
    return sequence(pi.children(), 0, childrenToRead(c), 0, b, false, end);
  }

  /**
   * A primary expression: an operand and its suffixes. A metavariable operand takes the code's
   * operand and as many leading suffixes as the pattern has fewer.
   */
  private boolean primary(List<ParseTree> ps, List<ParseTree> cs, Bindings b) {
    if (cs.size() < ps.size()) {
      return false;
    }
    int extra = cs.size() - ps.size();
    Optional<Metavariables.Var> v = info(ps.get(0)).variable();
    int mark = b.mark();
    if (extra == 0) {
      int[] end = new int[1];
      if (sequence(ps, 0, cs, 0, b, false, end)) {
        return true;
      }
      b.rollback(mark);
      return false;
    }
    if (v.isEmpty() || v.get().many()) {
      return false;
    }
    List<ParseTree> head = cs.subList(0, extra + 1);
    if (bind(v.get(), head, start(head.get(0)), stop(head.get(extra)), b)) {
      int[] end = new int[1];
      if (sequence(ps, 1, cs, extra + 1, b, false, end)) {
        return true;
      }
    }
    b.rollback(mark);
    return false;
  }

  /**
   * Matches pattern items {@code ps[pi..]} against code items {@code cs[ci..]}; all code items must
   * be used unless {@code openEnd}, in which case {@code end[0]} receives where the match ends.
   * {@code $$$X} takes as many items as it can and gives them back one by one.
   */
  private boolean sequence(
      List<ParseTree> ps, int pi, List<ParseTree> cs, int ci, Bindings b, boolean openEnd, int[] end) {
    if (pi == ps.size()) {
      end[0] = ci;
      return openEnd || ci == cs.size();
    }
    ParseTree p = ps.get(pi);
    Pattern.NodeInfo pinfo = info(p);
    Optional<Metavariables.Var> v = pinfo.variable();
    if (v.isPresent() && v.get().many()) {
      for (int k = cs.size(); k >= ci; k--) {
        int mark = b.mark();
        List<ParseTree> run = cs.subList(ci, k);
        int s = k > ci ? start(run.get(0)) : emptyAt(cs, ci);
        int e = k > ci ? stop(run.get(run.size() - 1)) : s - 1;
        if (bind(v.get(), run, s, e, b) && sequence(ps, pi + 1, cs, k, b, openEnd, end)) {
          return true;
        }
        b.rollback(mark);
      }
      return false;
    }
    int mark = b.mark();
    if (ci < cs.size() && node(p, cs.get(ci), b) && sequence(ps, pi + 1, cs, ci + 1, b, openEnd, end)) {
      return true;
    }
    b.rollback(mark);
    if (pinfo.onlyLists()) {
      // "f($$$A)" has an argument list; "f()" has none: an all-variadic list may be absent.
      int at = emptyAt(cs, ci);
      if (bindAllEmpty(p, at, b) && sequence(ps, pi + 1, cs, ci, b, openEnd, end)) {
        return true;
      }
      b.rollback(mark);
    }
    return false;
  }

  /** Whether a pattern node is a list whose every item is a {@code $$$X} or {@code ...}. */
  static boolean onlyLists(ParseTree p) {
    if (!(p instanceof ParserRuleContext) || Metavariables.of(p).isPresent()) {
      return false;
    }
    List<ParseTree> items = children(p);
    if (items.isEmpty()) {
      return false;
    }
    for (ParseTree item : items) {
      Optional<Metavariables.Var> v = Metavariables.of(item);
      if (v.isEmpty() || !v.get().many()) {
        return false;
      }
    }
    return true;
  }

  private boolean bindAllEmpty(ParseTree p, int at, Bindings b) {
    for (ParseTree item : info(p).children()) {
      if (!bind(info(item).variable().orElseThrow(), List.of(), at, at - 1, b)) {
        return false;
      }
    }
    return true;
  }

  private int emptyAt(List<ParseTree> cs, int ci) {
    if (ci < cs.size()) {
      return start(cs.get(ci));
    }
    return ci > 0 ? stop(cs.get(ci - 1)) + 1 : -1;
  }

  private boolean bind(Metavariables.Var v, List<ParseTree> nodes, int start, int stop, Bindings b) {
    if (v.anonymous()) {
      return true;
    }
    Optional<Binding> old = b.get(v.name());
    if (old.isPresent()) {
      return sameCode(old.get().start(), old.get().stop(), start, stop);
    }
    b.put(new Binding(v.name(), List.copyOf(nodes), start, stop));
    return true;
  }

  /** Whether two token ranges hold the same code, ignoring spaces, comments and semicolons. */
  boolean sameCode(int s1, int e1, int s2, int e2) {
    int i = next(s1, e1);
    int j = next(s2, e2);
    while (i <= e1 && j <= e2) {
      if (!tokens.get(i).getText().equals(tokens.get(j).getText())) {
        return false;
      }
      i = next(i + 1, e1);
      j = next(j + 1, e2);
    }
    return i > e1 && j > e2;
  }

  private int next(int i, int end) {
    while (i <= end
        && (tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL
            || tokens.get(i).getType() == GoLexer.SEMI)) {
      i++;
    }
    return i;
  }

  /**
   * {@link #children}, for the comparison here, which only reads it: a node's own list when it has
   * no separators (no wrapper made).
   */
  private static List<ParseTree> childrenToRead(ParseTree node) {
    if (node instanceof ParserRuleContext ctx && ctx.children != null && count(ctx) == ctx.children.size()) {
      return ctx.children;
    }
    return children(node);
  }

  /** The children that take part in matching: separators are left out. */
  static List<ParseTree> children(ParseTree node) {
    if (!(node instanceof ParserRuleContext ctx) || ctx.children == null) {
      return List.of();
    }
    int count = count(ctx);
    if (count == ctx.children.size()) {
      // No separators: the node's own list, read only (the common case; no copy).
      return java.util.Collections.unmodifiableList(ctx.children);
    }
    List<ParseTree> out = new ArrayList<>(count);
    for (ParseTree c : ctx.children) {
      if (!isSeparator(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The number of a node's children that take part in matching (counted once per node). */
  private static int count(ParserRuleContext ctx) {
    return ctx instanceof GoContext g ? g.significantChildren() : GoContext.significant(ctx.children);
  }

  private static boolean isSeparator(ParseTree c) {
    return GoContext.isSeparator(c);
  }

  /** The index of a node's first token in the file's full token stream. */
  public static int startOf(ParseTree node) {
    return start(node);
  }

  /** The index of a node's last token (before its start when the node is empty). */
  public static int stopOf(ParseTree node) {
    return stop(node);
  }

  static int start(ParseTree node) {
    if (node instanceof TerminalNode t) {
      return t.getSymbol().getTokenIndex();
    }
    return ((ParserRuleContext) node).getStart().getTokenIndex();
  }

  static int stop(ParseTree node) {
    if (node instanceof TerminalNode t) {
      return t.getSymbol().getTokenIndex();
    }
    ParserRuleContext ctx = (ParserRuleContext) node;
    Token stop = ctx.getStop();
    // An empty rule (an empty statement list) stops before it starts.
    return stop == null ? ctx.getStart().getTokenIndex() - 1 : stop.getTokenIndex();
  }
}
