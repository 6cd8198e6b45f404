package dev.gofix.recipe;

import dev.gofix.match.Constraints;
import dev.gofix.match.Match;
import dev.gofix.match.Matcher;
import dev.gofix.rewrite.CommentColumns;
import dev.gofix.rewrite.Edit;
import dev.gofix.rewrite.EditSet;
import dev.gofix.rewrite.FixPlanner;
import dev.gofix.rewrite.Template;
import dev.gofix.rewrite.UnusedImports;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Runs recipes over the files of one package: matches every rule, applies the fixes of a pass in
 * one edit set, re-runs conflicting fixes on the result, and repeats to a fixed point. Reports
 * are taken from the first pass, on the file as it was given. Thread-safe: each call works on its
 * own state.
 */
public final class RecipeRunner {
  /** Passes before the run gives up on reaching a fixed point. */
  static final int MAX_PASSES = 8;

  private static final Pattern GENERATED = Pattern.compile("(?m)^// Code generated .* DO NOT EDIT\\.$");

  private final List<Recipe> recipes;
  private final RunOptions options;
  private final EffectiveVersion versions;
  private final GoFileParser parser = new GoFileParser();

  public RecipeRunner(List<Recipe> recipes, RunOptions options) {
    this.recipes = List.copyOf(recipes);
    this.options = options;
    this.versions = new EffectiveVersion(options.go());
  }

  /** One file while the run goes on. */
  private static final class FileState {
    final GoSource original;
    ParsedFile parsed;
    final List<Finding> findings = new ArrayList<>();
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
    for (GoSource source : packageFiles) {
      FileState f = new FileState(source, parser.parse(source));
      f.active = !f.parsed.hasErrors() && (options.includeGenerated() || !isGenerated(f.parsed));
      if (f.active) {
        GoVersion v = versions.of(f.parsed);
        f.version = v;
        f.recipes = recipes.stream().filter(r -> r.go().contains(v)).toList();
        f.seen.add(source.text());
      }
      files.add(f);
    }
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      PackageFacts facts = new PackageFacts(files.stream().filter(f -> f.active).map(f -> f.parsed).toList());
      for (FileState f : files) {
        if (f.active && pass(f, facts, pass == 0)) {
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    List<FileResult> results = new ArrayList<>();
    for (FileState f : files) {
      results.add(new FileResult(Path.of(f.original.path()), f.original.text(),
          f.parsed.hasErrors() ? f.original.text() : f.parsed.source().text(),
          List.copyOf(f.findings), f.parsed.hasErrors() ? f.parsed.errors() : List.of()));
    }
    return results;
  }

  /** A fix that made it into a pass's edit set. */
  private record Applied(Finding finding, List<Edit> edits) {}

  /** One pass over one file; returns whether the file changed. */
  private boolean pass(FileState f, PackageFacts facts, boolean report) {
    ParsedFile file = f.parsed;
    Matcher matcher = new Matcher(file);
    Constraints constraints = new Constraints(matcher, facts.forFile(file));
    FixPlanner planner = new FixPlanner(file, facts.forFile(file),
        (outer, each) -> constraints.scan(outer, each.pattern(), each.region(), each.where()));
    Map<Integer, Set<String>> ignored = ignoreComments(file);
    EditSet edits = new EditSet();
    List<Applied> applied = new ArrayList<>();
    for (Recipe recipe : f.recipes) {
      for (Rule rule : recipe.rules()) {
        if (!rule.go().contains(f.version)) {
          continue;
        }
        List<Match> matches = matcher.findRefined(rule.match(), m -> constraints.check(m, rule.where()));
        for (Match m : matches) {
          Token at = file.tokens().get(m.start());
          if (isIgnored(ignored, at.getLine(), recipe.id())) {
            continue;
          }
          String ruleId = recipe.id() + "/" + rule.id();
          if (rule.fix().isEmpty() || recipe.safety() == Safety.REPORT) {
            if (report) {
              f.findings.add(finding(recipe, rule, file, at, message(rule, m, file, "", matcher), false));
            }
            continue;
          }
          FixPlanner.Plan plan = planner.plan(ruleId, m, rule.fix());
          if (plan instanceof FixPlanner.Refused refused) {
            if (report) {
              f.findings.add(finding(recipe, rule, file, at, message(rule, m, file, refused.reason(), matcher), false));
            }
            continue;
          }
          List<Edit> planned = ((FixPlanner.Edits) plan).edits();
          if (planned.isEmpty()) {
            continue;
          }
          if (addAll(edits, planned)) {
            applied.add(new Applied(finding(recipe, rule, file, at, summaryOf(recipe, rule, m, file, matcher), true), planned));
          }
        }
      }
    }
    if (edits.isEmpty()) {
      return false;
    }
    String text = edits.apply(file.tokens());
    ParsedFile next = parser.parse(new GoSource(file.source().path(), text));
    if (next.hasErrors()) {
      next = keepParsingFixes(f, file, applied);
      if (next == null) {
        return false;
      }
    } else {
      applied.forEach(a -> f.findings.add(a.finding()));
    }
    next = aligned(file, next);
    Optional<String> pruned = UnusedImports.remove(file, next);
    if (pruned.isPresent()) {
      next = parser.parse(new GoSource(next.source().path(), pruned.get()));
    }
    if (!f.seen.add(next.source().text())) {
      f.findings.add(new Finding("gofix", "fixed-point", Safety.REPORT, Path.of(file.source().path()), 1, 1,
          "the recipes undo each other's fixes; stopped before a fixed point", false));
      return false;
    }
    f.parsed = next;
    return true;
  }

  /** The edited file with its trailing comments aligned as gofmt aligns them. */
  private ParsedFile aligned(ParsedFile before, ParsedFile edited) {
    String text = CommentColumns.realign(before.source().text(), edited);
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

  private static boolean addAll(EditSet set, List<Edit> edits) {
    EditSet trial = new EditSet();
    for (Edit e : set.edits()) {
      trial.add(e);
    }
    for (Edit e : edits) {
      if (trial.add(e).isPresent()) {
        return false;
      }
    }
    edits.forEach(set::add);
    return true;
  }

  private static Finding finding(Recipe recipe, Rule rule, ParsedFile file, Token at, String message, boolean fixed) {
    return new Finding(recipe.id(), rule.id(), recipe.safety(), Path.of(file.source().path()),
        at.getLine(), byteColumn(file.source().text(), at), message, fixed);
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
