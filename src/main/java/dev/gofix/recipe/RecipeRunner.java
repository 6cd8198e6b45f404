package dev.gofix.recipe;

import dev.gofix.match.Constraints;
import dev.gofix.match.Facts;
import dev.gofix.match.Match;
import dev.gofix.match.Matcher;
import dev.gofix.rewrite.CommentColumns;
import dev.gofix.match.RequiredTokens;
import dev.gofix.rewrite.Edit;
import dev.gofix.rewrite.EditSet;
import dev.gofix.rewrite.FixPlanner;
import dev.gofix.rewrite.Template;
import dev.gofix.rewrite.UnusedImports;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import dev.gofix.syntax.TokenText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Runs recipes over the files of one package: matches every rule, applies the fixes of a pass in
 * one edit set, re-runs conflicting fixes on the result, and repeats to a fixed point (a pass
 * after the first runs only the files the one before changed, unless one of them changed outside
 * its function bodies). Reports are taken from the first pass, on the file as it was given.
 * Thread-safe: each call works on its own state.
 *
 * <p>A file whose text lacks a token that every match of a rule needs ({@link RequiredTokens}),
 * for every rule that applies at the file's Go version (read from its text and go.mod before
 * any parse), is not parsed for matching: it cannot match. It is parsed only if the
 * constraints of another file's match ask for facts about the package, which come from the
 * top-level declarations of all its files, and then with its function bodies blanked
 * ({@link DeclarationsOnly}); its syntax errors are not reported ({@code gofix parse} checks
 * every file). A syntax error inside such a body thus goes unseen, and the file's declarations
 * count, where a whole parse would leave the file out of the facts. The rules of
 * all recipes are matched in one walk over each tree, leaving out the rules whose own pre-filter
 * rules the file's text out.
 *
 * <p>A file that may match is first parsed with the bodies of its top-level functions blanked in
 * which no rule can match (by the same test on the body's text: {@link
 * RequiredTokens#ofMatchText}), since a match depends only on its own top-level declaration and
 * the package's declarations. Only when a rule that may edit matches in it is the whole file
 * parsed and matched again, for the edits and reports (a rule that only reports is reported from
 * it); so a syntax error inside a blanked body is not reported, as for a file that cannot match. A rule whose match may span a function, or that needs a
 * predicate reading the whole file to hold, keeps every body of the files it may match in.
 */
public final class RecipeRunner {
  /**
   * Files shorter than this (in chars) are parsed whole: what blanking their bodies saves is
   * small, and a match in them would cost a second parse (for one small file, on a cold JVM, a
   * tenth of the run).
   */
  static final int WHOLE_BELOW = 4096;

  /** Passes before the run gives up on reaching a fixed point. */
  static final int MAX_PASSES = 8;

  private static final Pattern GENERATED = Pattern.compile("(?m)^// Code generated .* DO NOT EDIT\\.$");

  private final List<Recipe> recipes;
  private final RunOptions options;
  private final EffectiveVersion versions;
  private final GoFileParser parser = new GoFileParser();
  /**
   * The distinct pre-filters of all rules, and as piece filters the distinct filters of the text
   * a match of each rule spans, for one function body.
   */
  private final RequiredTokens.Filters filters;
  /** Per rule, the index of its pre-filter in {@link #filters}. */
  private final Map<Rule, Integer> filterOf = new java.util.IdentityHashMap<>();
  /** Per rule, the index of its body filter among the piece filters of {@link #filters}. */
  private final Map<Rule, Integer> bodyFilterOf = new java.util.IdentityHashMap<>();
  /** Per rule, once asked: whether a match may need the function bodies it is not in. */
  private final Map<Rule, Boolean> needsAllBodies = new java.util.concurrent.ConcurrentHashMap<>();

  public RecipeRunner(List<Recipe> recipes, RunOptions options) {
    this.recipes = List.copyOf(recipes);
    this.options = options;
    this.versions = new EffectiveVersion(options.go());
    List<RequiredTokens> distinct = new ArrayList<>();
    Map<RequiredTokens, Integer> index = new java.util.HashMap<>();
    for (Recipe recipe : this.recipes) {
      for (Rule rule : recipe.rules()) {
        RequiredTokens filter = RequiredTokens.of(rule.match(), rule.where());
        Integer i = index.get(filter);
        if (i == null) {
          i = distinct.size();
          index.put(filter, i);
          distinct.add(filter);
        }
        filterOf.put(rule, i);
      }
    }
    List<RequiredTokens> distinctInBody = new ArrayList<>();
    Map<RequiredTokens, Integer> indexInBody = new java.util.HashMap<>();
    for (Recipe recipe : this.recipes) {
      for (Rule rule : recipe.rules()) {
        RequiredTokens filter = RequiredTokens.ofMatchText(rule.match(), rule.where());
        bodyFilterOf.put(rule, indexInBody.computeIfAbsent(filter, f -> {
          distinctInBody.add(f);
          return distinctInBody.size() - 1;
        }));
      }
    }
    this.filters = new RequiredTokens.Filters(distinct, distinctInBody);
  }

  /** Whether some rule of some recipe may match in this text (false: it cannot). */
  public boolean mayMatch(String text) {
    return filters.any(text);
  }

  /** One file while the run goes on. */
  private static final class FileState {
    final GoSource original;
    /** Per pre-filter, whether it may match the current text; null when not yet asked. */
    boolean[] may;
    /** Null for a file that cannot match, until facts ask for it. */
    ParsedFile parsed;
    /**
     * Whether {@link #parsed} has the function bodies that no rule can match in blanked: true
     * until a fix edits the file (which is then parsed whole), or a rule that may edit matches
     * outside a function, when the whole file is parsed and matched again.
     */
    boolean partial;
    /** {@link #may} of the original text, kept for that second match. */
    boolean[] firstMay;
    /**
     * Whether a rule that may edit matched outside the functions of the file without some bodies:
     * it is to be matched whole.
     */
    boolean matchedPartial;
    /** Whether the file was left out of matching. */
    boolean skipped;
    /** For a skipped file, until facts ask for it: what the pre-filter's scan read of its text. */
    RequiredTokens.Filters.Answers scanned;
    final List<Finding> findings = new ArrayList<>();
    /** The texts the file has had, once it changes (the original's hash is taken only then). */
    final Set<String> seen = new HashSet<>();
    List<Recipe> recipes = List.of();
    GoVersion version = GoVersion.NEWEST;
    boolean active;

    FileState(GoSource original, ParsedFile parsed) {
      this.original = original;
      this.parsed = parsed;
    }
  }

  /**
   * Runs on the files of one package (one directory, one package clause); returns one result per
   * file, in the order given.
   */
  public List<FileResult> run(List<GoSource> packageFiles) {
    List<FileState> files = new ArrayList<>();
    boolean any = false;
    for (GoSource source : packageFiles) {
      RequiredTokens.Filters.Answers answers = filters.answers(source.text());
      GoVersion version = versions.of(source);
      boolean[] may = forVersion(answers.whole(), version);
      if (!any(may)) {
        FileState f = new FileState(source, null);
        f.skipped = true;
        f.scanned = answers;
        files.add(f);
        continue;
      }
      int[] blanked = withoutBodies(source.text(), may, answers);
      ParsedFile partial = blanked.length == 0 ? null : parser.parse(source, blanked);
      boolean isPartial = partial != null && !partial.hasErrors();
      FileState f = new FileState(source, isPartial ? partial : parser.parse(source));
      f.partial = isPartial;
      f.may = may;
      f.firstMay = may;
      f.active = active(f.parsed);
      any |= f.active;
      if (f.active) {
        f.version = version;
        f.recipes = recipes.stream().filter(r -> r.go().contains(version)).toList();
      }
      files.add(f);
    }
    // After the first pass, only the files that the last pass changed are matched again, unless
    // one of them changed outside its imports and function bodies, where the package's facts come
    // from: a file that did not change has the same tree and the same facts, so its matches are
    // the same and make no edit again.
    Set<FileState> again = null; // null: every file
    for (int pass = 0; any && pass < MAX_PASSES; pass++) {
      Set<FileState> changed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      boolean declarationsChanged = false;
      Supplier<PackageFacts> facts = memoize(() -> new PackageFacts(factFiles(files)));
      List<FileState> whole = new ArrayList<>(); // partial files in which a rule that may edit matched
      for (FileState f : files) {
        if (!f.active || (again != null && !again.contains(f))) {
          continue;
        }
        ParsedFile before = f.parsed;
        if (pass(f, facts, pass == 0)) { // never true for a file without some bodies
          changed.add(f);
          declarationsChanged |= !sameOutsideBodies(before, f.parsed);
        }
        if (f.matchedPartial) {
          whole.add(f);
        }
      }
      if (!whole.isEmpty()) {
        // A rule that may edit matched in a file parsed without some bodies: its edits and reports
        // are made again on the whole file, which the other files' facts (declarations) do not change.
        for (FileState f : whole) {
          // Its pass stopped at the match: no finding, edit or text was kept from it.
          f.parsed = parser.parse(f.original);
          f.partial = false;
          f.matchedPartial = false;
          f.may = f.firstMay;
          f.active = active(f.parsed);
        }
        Supplier<PackageFacts> wholeFacts = memoize(() -> new PackageFacts(factFiles(files)));
        for (FileState f : whole) {
          ParsedFile before = f.parsed;
          if (f.active && pass(f, wholeFacts, pass == 0)) {
            changed.add(f);
            declarationsChanged |= !sameOutsideBodies(before, f.parsed);
          }
        }
      }
      if (changed.isEmpty()) {
        break;
      }
      again = declarationsChanged ? null : changed;
    }
    List<FileResult> results = new ArrayList<>();
    for (FileState f : files) {
      if (f.skipped) {
        String text = f.original.text();
        results.add(new FileResult(Path.of(f.original.path()), text, text, List.of(), List.of()));
        continue;
      }
      results.add(new FileResult(Path.of(f.original.path()), f.original.text(),
          f.parsed.hasErrors() || f.partial ? f.original.text() : f.parsed.source().text(),
          List.copyOf(f.findings), f.parsed.hasErrors() ? f.parsed.errors() : List.of()));
    }
    return results;
  }

  /**
   * Whether two files have the same tokens outside their imports and the bodies of their
   * top-level functions and methods (type and text of each, comments and spaces aside): what the
   * facts of the package's other files are made of. (A file's imports are its own: an edit adds
   * one that a fix uses, or removes one that it left unused, which changes no declaration's
   * meaning.) Compared in place, token by token: no text is made of them.
   */
  private static boolean sameOutsideBodies(ParsedFile a, ParsedFile b) {
    VisibleTokens xs = new VisibleTokens(a, outsideBodies(a));
    VisibleTokens ys = new VisibleTokens(b, outsideBodies(b));
    while (true) {
      Token x = xs.next();
      Token y = ys.next();
      if (x == null || y == null) {
        return x == y;
      }
      if (x.getType() != y.getType() || !TokenText.same(x, y)) {
        return false;
      }
    }
  }

  /** The default-channel tokens of a file within ranges of token indexes (pairs, inclusive), in order. */
  private static final class VisibleTokens {
    private final ParsedFile file;
    private final int[] ranges;
    private int range; // index of the current pair
    private int next; // the next token index

    VisibleTokens(ParsedFile file, int[] ranges) {
      this.file = file;
      this.ranges = ranges;
      this.next = ranges.length > 0 ? ranges[0] : 0;
    }

    /** The next token, or null after the last. */
    Token next() {
      while (range < ranges.length) {
        if (next > ranges[range + 1]) {
          range += 2;
          if (range < ranges.length) {
            next = ranges[range];
          }
        } else {
          Token t = file.tokens().get(next++);
          if (t.getChannel() == Token.DEFAULT_CHANNEL) {
            return t;
          }
        }
      }
      return null;
    }
  }

  /**
   * The token index ranges (pairs, from and to inclusive) of a file outside its imports and the
   * bodies of its top-level functions and methods.
   */
  private static int[] outsideBodies(ParsedFile file) {
    List<Integer> out = new ArrayList<>();
    int from = 0;
    for (GoParser.ImportDeclContext imp : file.tree().importDecl()) {
      out.add(from);
      out.add(imp.getStart().getTokenIndex() - 1);
      from = imp.getStop().getTokenIndex() + 1;
    }
    for (GoParser.TopLevelDeclContext top : file.tree().topLevelDecl()) {
      GoParser.BlockContext body = top.functionDecl() != null ? top.functionDecl().block()
          : top.methodDecl() != null ? top.methodDecl().block() : null;
      if (body != null) {
        out.add(from);
        out.add(body.getStart().getTokenIndex() - 1);
        from = body.getStop().getTokenIndex() + 1;
      }
    }
    out.add(from);
    out.add(file.tokens().size() - 1);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The files whose declarations make the package's facts, in order: those being matched and
   * without errors, and the skipped ones (parsed now, once) on the same terms.
   */
  private List<ParsedFile> factFiles(List<FileState> files) {
    List<ParsedFile> out = new ArrayList<>();
    for (FileState f : files) {
      if (f.skipped && f.parsed == null) {
        f.parsed = parseDeclarations(f.original, f.scanned);
        f.scanned = null;
        f.active = false;
      }
      boolean usable = f.active || (f.skipped && active(f.parsed));
      if (usable) {
        out.add(f.parsed);
      }
    }
    return out;
  }

  /**
   * The ranges to blank ({@link DeclarationsOnly#ranges}): the bodies of top-level functions in
   * which no rule that may match in the file ({@code may}, per pre-filter) can match; none when
   * no body is, or when such a rule may need every body ({@link #needsAllBodies}). The rules'
   * answers elsewhere do not change: what a match depends on is its own top-level declaration
   * and the package's declarations.
   */
  private int[] withoutBodies(String text, boolean[] may, RequiredTokens.Filters.Answers answers) {
    if (text.length() < WHOLE_BELOW) {
      return NONE;
    }
    List<Integer> wanted = new ArrayList<>();
    for (Recipe recipe : recipes) {
      for (Rule rule : recipe.rules()) {
        if (may[filterOf.get(rule)]) {
          if (needsAllBodies.computeIfAbsent(rule, RecipeRunner::needsAllBodies)) {
            return NONE;
          }
          wanted.add(bodyFilterOf.get(rule));
        }
      }
    }
    int[] bodyFilters = wanted.stream().distinct().mapToInt(Integer::intValue).toArray();
    int[] blanked = DeclarationsOnly.ranges(text, answers.bytes(),
        (t, open, close) -> answers.piece(open, close + 1, bodyFilters), answers::blockEnd);
    return blanked == null ? NONE : blanked;
  }

  private static final int[] NONE = {};

  /**
   * The pre-filters' answers ({@code may}) with those of the rules that do not apply at the
   * file's Go version (by their recipe's or their own range) set to false: a file that only such
   * rules may match is not parsed, and their bodies are not kept.
   */
  private boolean[] forVersion(boolean[] may, GoVersion version) {
    boolean[] applies = new boolean[may.length];
    for (Recipe recipe : recipes) {
      if (recipe.go().contains(version)) {
        for (Rule rule : recipe.rules()) {
          if (rule.go().contains(version)) {
            applies[filterOf.get(rule)] = true;
          }
        }
      }
    }
    for (int i = 0; i < may.length; i++) {
      may[i] &= applies[i];
    }
    return may;
  }

  /**
   * Whether a rule may match in a file and not in the file without some bodies: its match may be
   * a whole function, or it needs a predicate that reads the whole file to hold. (A predicate
   * that reads the whole file and must not hold, as in {@code not-predicate: assigned-after},
   * holds in the whole file if in the file without bodies: the rule matches there too, and the
   * whole file is matched again.)
   */
  private static boolean needsAllBodies(Rule rule) {
    return rule.match().mayHoldFunctionBody() || readsOtherBodies(rule.where(), true);
  }

  /** Whether the constraints need a predicate that reads the whole file (at the top: to hold). */
  private static boolean readsOtherBodies(List<dev.gofix.match.Constraint> where, boolean top) {
    for (dev.gofix.match.Constraint c : where) {
      if (c instanceof dev.gofix.match.Constraint.Predicate p && (!top || !p.negated())
          && dev.gofix.match.Predicates.looksBeyondItsDeclaration(p.name())) {
        return true;
      }
      if (c instanceof dev.gofix.match.Constraint.Some some && readsOtherBodies(some.where(), false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the rule's matches in a file without some bodies are its matches in the whole file,
   * reported the same: it only reports (no edit, for which the whole file counts: imports left
   * unused, names taken), and no predicate of it reads beyond the match's own top-level
   * declaration, held or not ({@code not-predicate: assigned-after} may hold in the file without
   * a body where it does not in the whole one). Its matches are in bodies kept whole, its facts
   * in declarations kept whole.
   */
  private static boolean reportsFromBlanked(ActiveRule a) {
    return onlyReports(a.recipe(), a.rule()) && !readsOtherBodies(a.rule().where(), false);
  }

  /** Whether the rule's matches are reported and never fixed: it has no fix, or its recipe only reports. */
  private static boolean onlyReports(Recipe recipe, Rule rule) {
    return rule.fix().isEmpty() || recipe.safety() == Safety.REPORT;
  }

  /** Whether a parsed file is matched: it has no syntax error, and is not generated unless asked. */
  private boolean active(ParsedFile file) {
    return !file.hasErrors() && (options.includeGenerated() || !isGenerated(file));
  }

  /**
   * A file parsed for its top-level declarations only: with function bodies blanked when that
   * parses, else whole (so that a file with errors is left out of the facts as before). The
   * pre-filter's scan of the text gives its bytes and where its blocks end.
   */
  private ParsedFile parseDeclarations(GoSource source, RequiredTokens.Filters.Answers scanned) {
    int[] blanked = DeclarationsOnly.ranges(source.text(), scanned.bytes(), scanned::blockEnd);
    if (blanked != null && blanked.length > 0) {
      ParsedFile p = parser.parse(source, blanked);
      if (!p.hasErrors()) {
        return p;
      }
    }
    return parser.parse(source);
  }

  private static boolean any(boolean[] values) {
    for (boolean v : values) {
      if (v) {
        return true;
      }
    }
    return false;
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /** A rule that applies to a file: its recipe's and its own Go versions take the file's in. */
  private record ActiveRule(Recipe recipe, Rule rule) {}

  /** A fix that made it into a pass's edit set. */
  private record Applied(Finding finding, List<Edit> edits) {}

  /**
   * One pass over one file; returns whether the file changed. In a file parsed without some
   * bodies, the matches of rules that only report are reported from it ({@link
   * #reportsFromBlanked}), and those of rules that may edit are fixed on it when each lies in a
   * function ({@link #fixableWithoutSomeBodies}): the edits go into the original text. A match of a
   * rule that may edit anywhere else only marks the file to be matched whole ({@link
   * FileState#matchedPartial}).
   */
  private boolean pass(FileState f, Supplier<PackageFacts> facts, boolean report) {
    ParsedFile file = f.parsed;
    Matcher matcher = new Matcher(file);
    // Facts (and with them the package's other files) only when a match asks.
    Supplier<PackageFacts.FileFacts> fileFacts = memoize(() -> facts.get().forFile(file));
    // Constraints ask for facts only when a syntactic test has not already ruled the match out.
    Supplier<Constraints> constraints = memoize(() -> new Constraints(matcher, Facts.lazy(fileFacts)));
    Supplier<FixPlanner> planner = memoize(() -> new FixPlanner(file, fileFacts.get(),
        (outer, each) -> constraints.get().scan(outer, each.pattern(), each.region(), each.where())));
    // A rule whose pre-filter rules this text out has no match in it: it stays out of the walk
    // (and a built-in rule's patterns are not even parsed).
    boolean[] may = f.may != null ? f.may : filters.which(file.source().text());
    f.may = null; // the text changes when this pass edits it
    List<ActiveRule> active = new ArrayList<>();
    for (Recipe recipe : f.recipes) {
      for (Rule rule : recipe.rules()) {
        if (rule.go().contains(f.version) && may[filterOf.get(rule)]) {
          active.add(new ActiveRule(recipe, rule));
        }
      }
    }
    List<dev.gofix.match.Pattern> patterns = new ArrayList<>();
    List<Function<Match, Optional<Match>>> refine = new ArrayList<>();
    for (ActiveRule a : active) {
      patterns.add(a.rule().match());
      refine.add(m -> a.rule().where().isEmpty() ? Optional.of(m) : constraints.get().check(m, a.rule().where()));
    }
    List<List<Match>> found = matcher.findEachRefined(patterns, refine);
    if (f.partial) {
      for (int k = 0; k < active.size(); k++) {
        if (!found.get(k).isEmpty() && !reportsFromBlanked(active.get(k))
            && !fixableWithoutSomeBodies(active.get(k), found.get(k))) {
          // Edits come from the whole file: no fix is planned on this one.
          f.matchedPartial = true;
          return false;
        }
      }
    }
    if (found.stream().allMatch(List::isEmpty)) {
      return false; // most files: nothing to report or fix
    }
    Map<Integer, Set<String>> ignored = ignoreComments(file);
    // The text before this pass's edits. For a file without some bodies, the original (its parse
    // may hold a blanked copy): blanking keeps every char's index, so the tokens index the
    // original's chars one for one, the edits go into it, and the byte columns of findings are
    // counted in it (a blanked body may have held chars of several bytes on a match's line).
    String before = f.partial ? f.original.text() : file.source().text();
    int findingsBefore = f.findings.size();
    EditSet edits = new EditSet();
    List<Applied> applied = new ArrayList<>();
    for (int k = 0; k < active.size(); k++) {
      Recipe recipe = active.get(k).recipe();
      Rule rule = active.get(k).rule();
      for (Match m : found.get(k)) {
        Token at = file.tokens().get(m.start());
        if (isIgnored(ignored, at.getLine(), recipe.id())) {
          continue;
        }
        String ruleId = recipe.id() + "/" + rule.id();
        if (onlyReports(recipe, rule)) {
          if (report) {
            f.findings.add(finding(recipe, rule, file, before, at, message(rule, m, file, "", matcher), false));
          }
          continue;
        }
        FixPlanner.Plan plan = planner.get().plan(ruleId, m, rule.fix());
        if (plan instanceof FixPlanner.Refused refused) {
          if (report) {
            f.findings.add(finding(recipe, rule, file, before, at, message(rule, m, file, refused.reason(), matcher), false));
          }
          continue;
        }
        List<Edit> planned = ((FixPlanner.Edits) plan).edits();
        if (planned.isEmpty()) {
          continue;
        }
        if (addAll(edits, planned)) {
          applied.add(new Applied(finding(recipe, rule, file, before, at, summaryOf(recipe, rule, m, file, matcher), true), planned));
        }
      }
    }
    if (edits.isEmpty()) {
      return false;
    }
    String text = edits.apply(file.tokens(), f.partial ? before : null);
    ParsedFile next = parser.parse(new GoSource(file.source().path(), text));
    if (next.hasErrors()) {
      if (f.partial) {
        // The errors may be the original's, in a blanked body: the whole file decides, as for a
        // match outside functions (its pass reports again what this one did).
        f.findings.subList(findingsBefore, f.findings.size()).clear();
        f.matchedPartial = true;
        return false;
      }
      next = keepParsingFixes(f, file, applied);
      if (next == null) {
        return false;
      }
    } else {
      applied.forEach(a -> f.findings.add(a.finding()));
    }
    next = aligned(before, next);
    Optional<String> pruned = UnusedImports.remove(file, next);
    if (pruned.isPresent()) {
      next = parser.parse(new GoSource(next.source().path(), pruned.get()));
    }
    if (f.seen.isEmpty()) {
      f.seen.add(f.original.text());
    }
    if (!f.seen.add(next.source().text())) {
      f.findings.add(new Finding("gofix", "fixed-point", Safety.REPORT, Path.of(file.source().path()), 1, 1,
          "the recipes undo each other's fixes; stopped before a fixed point", false));
      return false;
    }
    f.parsed = next;
    f.partial = false; // the edited text, parsed whole
    return true;
  }

  /**
   * Whether a rule's matches in a file without some bodies are its matches in the whole file,
   * and can be fixed there: no predicate of the rule reads beyond the match's own top-level
   * declaration, held or not (as for {@link #reportsFromBlanked}), and each match lies in a
   * function, whose body is kept whole, so that the names its fix must not take (those used in
   * that function and at package level) are all in view, as are the imports. Anywhere else a fix
   * may take a fresh name that only the whole file shows to be used.
   */
  private static boolean fixableWithoutSomeBodies(ActiveRule a, List<Match> matches) {
    if (readsOtherBodies(a.rule().where(), false)) {
      return false;
    }
    for (Match m : matches) {
      if (dev.gofix.match.Results.enclosingFunction(m.node()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The edited file with its trailing comments aligned as gofmt aligns them. */
  private ParsedFile aligned(String before, ParsedFile edited) {
    String text = CommentColumns.realign(before, edited);
    return text.equals(edited.source().text()) ? edited : parser.parse(new GoSource(edited.source().path(), text));
  }

  /** Applies fixes one by one, dropping (and reporting) each whose output does not parse. */
  private ParsedFile keepParsingFixes(FileState f, ParsedFile file, List<Applied> applied) {
    EditSet kept = new EditSet();
    ParsedFile last = null;
    for (Applied a : applied) {
      EditSet trial = new EditSet();
      kept.edits().forEach(trial::add);
      a.edits().forEach(trial::add);
      ParsedFile p = parser.parse(new GoSource(file.source().path(), trial.apply(file.tokens())));
      Finding fx = a.finding();
      if (p.hasErrors()) {
        f.findings.add(new Finding(fx.recipe(), fx.rule(), fx.safety(), fx.path(), fx.line(), fx.column(),
            "fix dropped: its output does not parse (" + p.errors().get(0).message() + ")", false));
      } else {
        a.edits().forEach(kept::add);
        f.findings.add(fx);
        last = p;
      }
    }
    return last;
  }

  /**
   * Adds a fix's edits when none overlaps an edit already in the set or another of them; else
   * adds none. Linear in the size of the set (copying the set for a trial made it quadratic).
   */
  private static boolean addAll(EditSet set, List<Edit> edits) {
    List<Edit> kept = set.edits();
    for (int i = 0; i < edits.size(); i++) {
      Edit e = edits.get(i);
      for (Edit k : kept) {
        if (k.overlaps(e)) {
          return false;
        }
      }
      for (int j = 0; j < i; j++) {
        if (edits.get(j).overlaps(e)) {
          return false;
        }
      }
    }
    edits.forEach(set::add);
    return true;
  }

  /** A finding at the token, its byte column counted in {@code text} (the file's, or the original of a file without some bodies). */
  private static Finding finding(Recipe recipe, Rule rule, ParsedFile file, String text, Token at, String message,
      boolean fixed) {
    return new Finding(recipe.id(), rule.id(), recipe.safety(), Path.of(file.source().path()),
        at.getLine(), byteColumn(text, at), message, fixed);
  }

  /** The message of a report: the rule's template, or the reason the fix was refused. */
  private static String message(Rule rule, Match m, ParsedFile file, String reason, Matcher matcher) {
    if (rule.report().isPresent()) {
      String text = Template.expand(rule.report().get(), values(m, file));
      return reason.isEmpty() ? text : text + " (" + reason + ")";
    }
    return reason.isEmpty() ? "matches " + rule.id() : "not fixed: " + reason;
  }

  private static String summaryOf(Recipe recipe, Rule rule, Match m, ParsedFile file, Matcher matcher) {
    return rule.report().map(r -> Template.expand(r, values(m, file))).orElse(recipe.summary());
  }

  private static Map<String, String> values(Match m, ParsedFile file) {
    Map<String, String> values = new HashMap<>();
    for (String name : m.bindings().names()) {
      var b = m.bindings().get(name).orElseThrow();
      values.put(name, b.isEmpty() ? "" : file.tokens().getText(org.antlr.v4.runtime.misc.Interval.of(b.start(), b.stop())));
    }
    return values;
  }

  private static int byteColumn(String text, Token at) {
    int lineStart = at.getStartIndex() - at.getCharPositionInLine();
    // Token offsets count code points; the text is UTF-16: walk the line by code points.
    int offset = text.offsetByCodePoints(0, Math.max(0, lineStart));
    int end = text.offsetByCodePoints(offset, at.getCharPositionInLine());
    return text.substring(offset, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
  }

  /**
   * The recipe ids each line is silenced for by {@code //gofix:ignore id[,id] reason}: the line
   * the comment is on, and for a comment on a line of its own, the line below it.
   */
  private static Map<Integer, Set<String>> ignoreComments(ParsedFile file) {
    Map<Integer, Set<String>> out = new HashMap<>();
    if (!file.source().text().contains("//gofix:ignore")) {
      return out; // most files: no need to look at each comment's text
    }
    List<Token> tokens = file.tokens().tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() == GoLexer.LINE_COMMENT && t.getText().startsWith("//gofix:ignore")) {
        String rest = t.getText().substring("//gofix:ignore".length()).strip();
        List<String> ids = List.of((rest.isEmpty() ? "" : rest.split("\\s+")[0]).split(","));
        out.computeIfAbsent(t.getLine(), k -> new HashSet<>()).addAll(ids);
        if (startsLine(tokens, i)) {
          out.computeIfAbsent(t.getLine() + 1, k -> new HashSet<>()).addAll(ids);
        }
      }
    }
    return out;
  }

  private static boolean startsLine(List<Token> tokens, int i) {
    // White space is one token, newlines and indentation together.
    return i == 0 || tokens.get(i - 1).getText().contains("\n");
  }

  private static boolean isIgnored(Map<Integer, Set<String>> ignored, int line, String id) {
    Set<String> ids = ignored.get(line);
    return ids != null && ids.contains(id);
  }

  private static boolean isGenerated(ParsedFile file) {
    for (Token t : file.tokens().tokens()) {
      if (t.getType() == GoLexer.PACKAGE) {
        return false;
      }
      if (t.getType() == GoLexer.LINE_COMMENT && GENERATED.matcher(t.getText()).matches()) {
        return true;
      }
    }
    return false;
  }
}
