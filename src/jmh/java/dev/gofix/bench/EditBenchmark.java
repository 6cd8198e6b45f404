package dev.gofix.bench;

import dev.gofix.rewrite.Edit;
import dev.gofix.rewrite.EditSet;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.Token;
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
 * Collecting edits in an {@link EditSet} (with its overlap checks) and applying them to one
 * file's tokens: {@code edits} replacements of identifiers spread over the file, every other one
 * with an insertion in front. Time against {@code edits} shows how it grows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EditBenchmark {
  @Param({"net/http/server.go"})
  public String file;

  @Param({"10", "100", "1000"})
  public int edits;

  private ParsedFile parsed;
  private List<Edit> planned;

  @Setup
  public void prepare() throws Exception {
    parsed = new GoFileParser().parse(GoFiles.read(file));
    List<Token> identifiers = new ArrayList<>();
    for (Token t : parsed.tokens().tokens()) {
      if (t.getType() == GoLexer.IDENTIFIER) {
        identifiers.add(t);
      }
    }
    if (identifiers.size() < edits) {
      throw new IllegalStateException(file + " has only " + identifiers.size() + " identifiers");
    }
    planned = new ArrayList<>();
    int step = identifiers.size() / edits;
    for (int i = 0; i < edits; i++) {
      Token t = identifiers.get(i * step);
      planned.add(Edit.replace("bench/rename", t.getTokenIndex(), t.getTokenIndex(), t.getText() + "_"));
      if (i % 2 == 0) {
        planned.add(Edit.insertBefore("bench/insert", t.getTokenIndex(), "/* x */"));
      }
    }
  }

  @Benchmark
  public String collectAndApply() {
    EditSet set = new EditSet();
    for (Edit e : planned) {
      set.add(e);
    }
    return set.apply(parsed.tokens());
  }
}
