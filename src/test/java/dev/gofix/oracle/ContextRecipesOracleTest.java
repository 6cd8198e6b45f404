package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.RecipeRunner;
import dev.gofix.recipe.RunOptions;
import dev.gofix.syntax.GoSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Go toolchain judges defer-cancel and select-ctx-done: vet's lostcancel is silent after
 * defer-cancel, and a goroutine that leaked before select-ctx-done no longer leaks after it.
 */
class ContextRecipesOracleTest {
  private static GoToolchain go;

  @BeforeAll
  static void findGo() {
    go = GoToolchain.find().orElse(null);
    assumeTrue(go != null, GoToolchain.absentMessage());
  }

  private static String fix(String recipe, String source) {
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(Path.of("codemods", recipe + ".yaml"));
    assertTrue(loaded.errors().isEmpty(), loaded.errors().toString());
    List<FileResult> results = new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource("prog.go", source)));
    return results.get(0).after();
  }

  private static final String LOSTCANCEL = """
      package leak

      import (
      	"context"
      	"errors"
      	"time"
      )

      func Fetch(parent context.Context, fail bool) error {
      	ctx, cancel := context.WithTimeout(parent, time.Second)
      	if fail {
      		cancel()
      		return errors.New("failed")
      	}
      	return ctx.Err()
      }

      func Discard(parent context.Context) error {
      	ctx, _ := context.WithCancel(parent)
      	return ctx.Err()
      }

      func Reassign(ctx context.Context) error {
      	ctx, _ = context.WithDeadline(ctx, time.Now().Add(time.Second))
      	return ctx.Err()
      }
      """;

  @Test
  void vetFindsNoLostCancelAfterDeferCancel() {
    List<String> before = go.vet(Map.of("leak", LOSTCANCEL), go.languageVersion()).get("leak");
    assertTrue(before.stream().anyMatch(l -> l.contains("cancel")), before.toString());
    String after = fix("defer-cancel", LOSTCANCEL);
    assertNotEquals(LOSTCANCEL, after);
    List<String> problems = go.vet(Map.of("leak", after), go.languageVersion()).get("leak");
    assertEquals(List.of(), problems, after);
  }

  private static final String LEAKY_WORKER = """
      package main

      import (
      	"context"
      	"fmt"
      	"runtime"
      	"time"
      )

      func worker(ctx context.Context, jobs <-chan int) {
      	for {
      		select {
      		case j := <-jobs:
      			_ = j
      		}
      	}
      }

      func main() {
      	base := runtime.NumGoroutine()
      	ctx, cancel := context.WithCancel(context.Background())
      	jobs := make(chan int)
      	for i := 0; i < 5; i++ {
      		go worker(ctx, jobs)
      	}
      	jobs <- 1
      	cancel()
      	time.Sleep(100 * time.Millisecond)
      	fmt.Println(runtime.NumGoroutine() - base)
      }
      """;

  @Test
  void workerGoroutinesEndAfterSelectCtxDone() {
    GoToolchain.Result before = go.run(LEAKY_WORKER, false);
    assertTrue(before.ok(), before.stderr());
    assertEquals("5", before.stdout().strip(), "the unfixed program should leak its 5 workers");
    String fixed = fix("select-ctx-done", LEAKY_WORKER);
    assertTrue(fixed.contains("case <-ctx.Done():"), fixed);
    GoToolchain.Result after = go.run(fixed, false);
    assertTrue(after.ok(), after.stderr());
    assertEquals("0", after.stdout().strip(), fixed);
  }
}
