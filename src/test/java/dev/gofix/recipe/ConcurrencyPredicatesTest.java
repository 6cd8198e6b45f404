package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The predicates about goroutines and statements that map-mutex is built on, each on small
 * functions: a rule reports the map {@code m} when the predicate holds.
 */
class ConcurrencyPredicatesTest {
  @TempDir Path dir;

  /** A file with the body in a function that has a wait group, a slice and a channel at hand. */
  private static String function(String body) {
    return "package p\n\nimport \"sync\"\n\nfunc f(wg *sync.WaitGroup, g *group, xs []int, ch chan map[int]int) {\n"
        + "\tm := make(map[int]int)\n" + body.replace("|", "\n") + "\n}\n\n"
        + "type group struct{}\n\nfunc (group) Go(func() error) {}\n\nfunc use(map[int]int) {}\n";
  }

  /** Whether {@code predicate($M)} holds for the map m declared at the top of the function. */
  private boolean holds(String predicate, String body) throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: $M := make(map[int]int)
          where:
            - predicate: %s($M)
          report: $M
        """.formatted(predicate));
    return recipe.reports(function(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "assignment in go func;          go func() { m[1] = 2 }();                          true",
      "compound assignment;            go func() { m[1] += 2 }();                         true",
      "increment;                      go func() { m[1]++ }();                            true",
      "delete;                         go func() { delete(m, 1) }();                      true",
      "clear;                          go func() { clear(m) }();                          true",
      "whole variable assigned;        go func() { m = nil }();                           true",
      "errgroup-style Go method;       g.Go(func() error { m[1] = 2|return nil });       true",
      "nested literal in a goroutine;  go func() { func() { m[1] = 2 }() }();             true",
      "read only in go func;           go func() { _ = m[1] }();                          false",
      "len in go func;                 go func() { _ = len(m) }();                        false",
      "written outside goroutines;     m[1] = 2;                                          false",
      "written in a plain func lit;    func() { m[1] = 2 }();                             false",
      "shadowed by a parameter;        go func(m map[int]int) { m[1] = 2 }(nil);          false",
      "delete shadowed;                delete := func(map[int]int, int) {}|go func() { delete(m, 1) }(); false",
  })
  void writtenInGoroutineCountsWritesInsideGoroutineLiterals(String name, String body, boolean expected)
      throws IOException {
    assertEquals(expected, holds("written-in-goroutine", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "launch in a loop;                    for range xs { go func() { m[1]++ }() }|wg.Wait();                   true",
      "two launches;                        go func() { m[1]++ }()|go func() { m[2]++ }()|wg.Wait();             true",
      "parent uses before Wait;             go func() { m[1]++ }()|_ = m[2]|wg.Wait();                           true",
      "use after the launch and no Wait;    go func() { m[1]++ }()|_ = m[2];                                     true",
      "parent waits before its use;         go func() { m[1]++ }()|wg.Wait()|_ = m[2];                           false",
      "use before the launch only;          m[0] = 1|go func() { m[1]++ }()|wg.Wait();                           false",
      "loop that waits in each iteration;   for range xs { go func() { m[1]++ }()|wg.Wait() };                   false",
      "one launch and nothing else;         go func() { m[1]++ }();                                              false",
      "no goroutine;                        for range xs { m[1]++ };                                             false",
  })
  void runsConcurrentlyWhenALaunchCanOverlapAnotherUse(String name, String body, boolean expected)
      throws IOException {
    assertEquals(expected, holds("runs-concurrently", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "passed to a call in a goroutine;   go func() { use(m) }()|wg.Wait();                      true",
      "sent on a channel;                 go func() { m[1]++ }()|ch <- m|wg.Wait();              true",
      "assigned before the launch;        n := m|_ = n|go func() { m[1]++ }()|wg.Wait();         true",
      "captured by a plain func literal;  go func() { m[1]++ }()|wg.Wait()|func() { _ = m }();   true",
      "returned after the Wait;           go func() { m[1]++ }()|wg.Wait()|use(m);               false",
      "indexing len delete and range;     go func() { m[1]++|_ = len(m)|delete(m, 2) }()|for range m {}|wg.Wait(); false",
  })
  void passedOnWhenTheMapLeavesTheFunctionsHands(String name, String body, boolean expected)
      throws IOException {
    assertEquals(expected, holds("passed-on", body));
  }

  /** Whether a statement matching {@code probe} meets the conditions (YAML list items). */
  private boolean statementMeets(String probe, String conditions, String body) throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: r
          match: $M := make(map[int]int)
          where:
            - some: $S
              where:
                - metavariable: $S
                  pattern: "%s"
        %s
          report: found
        """.formatted(probe, conditions.indent(8).stripTrailing()));
    return recipe.reports(function(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "write in the goroutine;              m[1] = 2;         go func() { m[1] = 2 }()|wg.Wait();                 true",
      "statement in the concurrent region;  _ = len(m);       go func() { m[1] = 2 }()|_ = len(m)|wg.Wait();      true",
      "statement after the Wait;            _ = len(m);       go func() { m[1] = 2 }()|wg.Wait()|_ = len(m);      false",
      "statement before the launch;         m[0] = 1;         m[0] = 1|go func() { m[1] = 2 }()|wg.Wait();        false",
      "loop header uses it in the region;   for range m {};   go func() { m[1] = 2 }()|for range m {}|wg.Wait();  true",
      "use only in a nested block;          if true { m[3] = 3 }; go func() { m[1] = 2 }()|if true { m[3] = 3 }|wg.Wait(); false",
      "the block's own statement;           m[3] = 3;         go func() { m[1] = 2 }()|if true { m[3] = 3 }|wg.Wait(); true",
      "region inside a launch loop;         m[0]++;           for range xs { m[0]++|go func() { m[1] = 2 }() }|wg.Wait(); true",
      "statement not using the map;         wg.Wait();        go func() { m[1] = 2 }()|wg.Wait();                 false",
  })
  void concurrentAccessIsAStatementUsingTheMapWhileGoroutinesRun(
      String name, String probe, String body, boolean expected) throws IOException {
    assertEquals(expected, statementMeets(probe, "- predicate: concurrent-access($S, $M)", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "assignment;             m[1] = 2;          m[1] = 2;                     true",
      "short declaration;      v := m[1];         v := m[1]|_ = v;              true",
      "increment;              m[1]++;            m[1]++;                       true",
      "send;                   ch <- m;           ch <- m;                      true",
      "call;                   use(m);            use(m);                       true",
      "if statement;           if m[1] > 0 {};    if m[1] > 0 {};               false",
      "for statement;          for range m {};    for range m {};               false",
      "switch statement;       switch m[1] {};    switch m[1] {};               false",
      "go statement;           go use(m);         go use(m);                    false",
  })
  void simpleStatementIsOneThatALockCanSurround(String name, String probe, String body, boolean expected)
      throws IOException {
    assertEquals(expected, statementMeets(probe, "- predicate: simple-statement($S)", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "after Lock;                     m[1] = 2;  var mu sync.Mutex|mu.Lock()|m[1] = 2|mu.Unlock();            true",
      "after RLock;                    _ = m[1];  var mu sync.RWMutex|mu.RLock()|_ = m[1]|mu.RUnlock();        true",
      "after Lock with deferred Unlock; m[1] = 2;  var mu sync.Mutex|mu.Lock()|defer mu.Unlock()|m[1] = 2;      true",
      "lock in an enclosing block;     m[1] = 2;  var mu sync.Mutex|mu.Lock()|if true { m[1] = 2 }|mu.Unlock(); true",
      "after Unlock;                   m[1] = 2;  var mu sync.Mutex|mu.Lock()|mu.Unlock()|m[1] = 2;            false",
      "no lock;                        m[1] = 2;  m[1] = 2;                                                    false",
      "lock outside the func literal;  m[1] = 2;  var mu sync.Mutex|mu.Lock()|go func() { m[1] = 2 }()|mu.Unlock(); false",
  })
  void lockedWhenALockIsHeldAtTheStatement(String name, String probe, String body, boolean expected)
      throws IOException {
    assertEquals(expected, statementMeets(probe, "- predicate: locked($S)", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "assignment;                    m[1] = 2;           m[1] = 2;                             true",
      "read in a call;                use(m);             use(m);                               true",
      "range header;                  for range m {};     for range m {};                       true",
      "if header;                     if len(m) > 0 {};   if len(m) > 0 {};                     true",
      "only in the body of an if;     if true { m[1] = 2 }; if true { m[1] = 2 };               false",
      "only in a func literal;        func() { m[1] = 2 }(); func() { m[1] = 2 }();             false",
      "a shadowing variable;          m[1] = 2;           if true { m := map[int]int{}|m[1] = 2 }; false",
      "another variable;              n[1] = 2;           n := m|n[1] = 2;                      false",
  })
  void mentionsIsAUseOfTheVariableInTheStatementsOwnCode(
      String name, String probe, String body, boolean expected) throws IOException {
    assertEquals(expected, statementMeets(probe, "- predicate: mentions($S, $M)", body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "only stored;                   m[1] = 2|m[2] = 3;                 true",
      "stored from itself;            m[1] = 2|m[2] = m[1];              false",
      "read elsewhere;                m[1] = 2|use(m);                   false",
      "shadowed map read;             m[1] = 2|if true { m := 1|_ = m }; true",
  })
  void mentionsWithNoneKeepsAVariableToTheFormsAFixKnows(String name, String body, boolean expected)
      throws IOException {
    InlineRecipe recipe = InlineRecipe.of(dir, """
        - id: only-stored
          match: $M := make(map[int]int)
          where:
            - none: $S
              where:
                - predicate: mentions($S, $M)
                - not: $M[$KEY] = $VAL
            - none: $M[$KEY] = $VAL
              where:
                - predicate: mentions($VAL, $M)
          report: only stored
        """);
    assertEquals(expected, recipe.reports(function(body)));
  }
}
