package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.oracle.GoToolchain;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Matching all rules in one walk ({@link Matcher#findEachRefined}) gives each pattern the matches
 * its own walk ({@link Matcher#findRefined}) gives, on the fixtures and on some GOROOT files; and
 * a file with a match always passes the pattern's {@link RequiredTokens} test.
 */
class SingleWalkTest {
  static final List<String> PATTERNS = List.of(
      "interface{}",
      "go func($$$P) {\n$ADD\n$$$REST\n}($$$A)",
      "go func($$$P) {\ndefer $WG.Done()\n$ADD\n$$$REST\n}($$$A)",
      "$WG.Add($N)",
      "$X.Add($N)",
      "$X.Lock()",
      "defer $X.Unlock()",
      "$X.Lock()\ndefer $X.Unlock()",
      "if err != nil {\nreturn $$$R\n}",
      "return nil, $E",
      "$A + $B",
      "$A == nil",
      "f($X)",
      "len($X)",
      "for $$$H {\n$$$B\n}",
      "$X = $Y\n...\nreturn $X",
      "[]$T{$$$E}",
      "make($T, $$$N)",
      "errors.New($S)",
      "fmt.Errorf($F, $$$A)",
      "x := $F()\nx.Close()",
      "func ($R $T) String() string { $$$B }");

  private final GoFileParser parser = new GoFileParser();

  static List<Pattern> patterns() throws PatternException {
    List<Pattern> out = new ArrayList<>();
    for (String p : PATTERNS) {
      out.add(new PatternCompiler().compile(PatternSource.of(p)));
    }
    return out;
  }

  @Test
  void theFixturesMatchTheSameInOneWalk() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
      files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    int matched = compare(files);
    assertTrue(matched > 0, "some fixture matches");
  }

  @Test
  void goRootFilesMatchTheSameInOneWalk() throws Exception {
    Optional<Path> src = GoToolchain.goRootSrc();
    org.junit.jupiter.api.Assumptions.assumeTrue(src.isPresent(), "no go command");
    List<Path> files = Stream.of(
            "sync/waitgroup_test.go", "net/http/server.go", "go/ast/ast.go", "runtime/runtime-gdb_test.go",
            "cmd/vendor/golang.org/x/sys/unix/syscall_solaris.go", "encoding/json/encode.go",
            "cmd/go/internal/work/exec.go")
        .map(src.get()::resolve)
        .filter(Files::isRegularFile)
        .toList();
    org.junit.jupiter.api.Assumptions.assumeTrue(files.size() >= 3, "GOROOT files missing");
    assertTrue(compare(files) > 50);
  }

  /** Compares the walks on each file; returns the number of matches found. */
  private int compare(List<Path> files) throws IOException, PatternException {
    List<Pattern> patterns = patterns();
    int total = 0;
    for (Path path : files) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      ParsedFile file = parser.parse(new GoSource(path.toString(), text));
      if (file.hasErrors()) {
        continue;
      }
      // Two refinements: take every match; reject every match that starts at an odd token index
      // (so that the walk goes on into code a rejected match covers) and bind nothing new.
      List<Function<Match, Optional<Match>>> all = new ArrayList<>();
      List<Function<Match, Optional<Match>>> some = new ArrayList<>();
      for (int i = 0; i < patterns.size(); i++) {
        all.add(Optional::of);
        some.add(m -> m.start() % 2 == 0 ? Optional.of(m) : Optional.empty());
      }
      for (List<Function<Match, Optional<Match>>> refine : List.of(all, some)) {
        Matcher matcher = new Matcher(file);
        List<List<Match>> each = matcher.findEachRefined(patterns, refine);
        for (int i = 0; i < patterns.size(); i++) {
          List<Match> alone = new Matcher(file).findRefined(patterns.get(i), refine.get(i));
          assertEquals(describe(file, alone), describe(file, each.get(i)),
              path + ": " + PATTERNS.get(i));
          total += alone.size();
          if (!alone.isEmpty()) {
            assertTrue(RequiredTokens.of(patterns.get(i)).mayMatch(text),
                path + " matches " + PATTERNS.get(i) + " but fails " + RequiredTokens.of(patterns.get(i)));
          }
        }
      }
    }
    return total;
  }

  private static String describe(ParsedFile file, List<Match> matches) {
    return matches.stream()
        .map(m -> m.start() + "-" + m.stop() + ":" + MatcherTest.text(file, m.start(), m.stop())
            + m.bindings().names().stream().sorted()
                .map(n -> n + "=" + m.bindings().get(n).map(b -> b.start() + "-" + b.stop()).orElse("?"))
                .collect(Collectors.joining(",", "{", "}")))
        .collect(Collectors.joining("\n"));
  }
}
