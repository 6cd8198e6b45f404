package dev.gofix.bench;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.util.concurrent.TimeUnit;
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

/** Lexing and parsing one large file into a tree (gofix's own GoFileParser, SLL first). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  /** Relative to GOROOT/src, or absolute. */
  @Param({"net/http/server.go", "cmd/compile/internal/ssa/rewriteAMD64.go"})
  public String file;

  private GoSource source;
  private final GoFileParser parser = new GoFileParser();

  @Setup
  public void read() throws Exception {
    source = GoFiles.read(file);
  }

  @Benchmark
  public ParsedFile parse() {
    return parser.parse(source);
  }
}
