package dev.gofix.bench;

import dev.gofix.match.Match;
import dev.gofix.match.Matcher;
import dev.gofix.match.Pattern;
import dev.gofix.match.RequiredTokens;
import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.Rule;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching the patterns of every built-in recipe's rules on one parsed file: in one walk
 * indexed by node kind (what gofix does), one walk per rule (what it did), and the text
 * pre-filter that decides whether a file is parsed at all. Constraints are left out: they need
 * the package's facts, and they run only on matches.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {
  @Param({"net/http/server.go", "net/http/h2_bundle.go"})
  public String file;

  private ParsedFile parsed;
  private List<Pattern> patterns;
  private RequiredTokens.Filters filters;
  private List<Function<Match, Optional<Match>>> acceptAll;

  @Setup
  public void prepare() throws Exception {
    GoSource source = GoFiles.read(file);
    parsed = new GoFileParser().parse(source);
    RecipeLoader.Loaded loaded = new RecipeLoader().builtins();
    if (!loaded.errors().isEmpty()) {
      throw new IllegalStateException(loaded.errors().toString());
    }
    patterns = new ArrayList<>();
    List<RequiredTokens> each = new ArrayList<>();
    acceptAll = new ArrayList<>();
    for (Recipe recipe : loaded.recipes()) {
      for (Rule rule : recipe.rules()) {
        patterns.add(rule.match());
        each.add(RequiredTokens.of(rule.match(), rule.where()));
        acceptAll.add(Optional::of);
      }
    }
    filters = new RequiredTokens.Filters(each);
  }

  @Benchmark
  public List<List<Match>> oneWalk() {
    return new Matcher(parsed).findEachRefined(patterns, acceptAll);
  }

  @Benchmark
  public List<List<Match>> walkPerRule() {
    Matcher matcher = new Matcher(parsed);
    List<List<Match>> out = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      out.add(matcher.findRefined(patterns.get(i), acceptAll.get(i)));
    }
    return out;
  }

  /** The pre-filters of all rules answered together, as a run asks them of each file. */
  @Benchmark
  public int preFilter() {
    int pass = 0;
    for (boolean may : filters.which(parsed.source().text())) {
      if (may) {
        pass++;
      }
    }
    return pass;
  }
}
