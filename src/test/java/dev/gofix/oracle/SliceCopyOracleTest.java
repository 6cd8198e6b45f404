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
import org.junit.jupiter.api.Test;

/**
 * The Go toolchain judges slice-copy: a program whose output shows sub-slices aliasing their
 * parent prints the un-aliased result once the recipe has run, and its output builds.
 */
class SliceCopyOracleTest {
  private static final String PROGRAM = """
      package main

      import "fmt"

      type Path []string

      type record struct {
      \tkey  []byte
      \tpath Path
      }

      func main() {
      \tbuf := []byte("abcdef")
      \tvar r record
      \tr.key = buf[:3]
      \tch := make(chan []byte, 1)
      \tch <- buf[3:]
      \tp := Path{"a", "b", "c"}
      \tr.path = p[:2]
      \tnums := []int{5, 4, 3, 2, 1}
      \thead := nums[:3]
      \thead[0] = 0
      \tcopy(buf, "XYZUVW")
      \tp[0] = "z"
      \tfmt.Println(string(r.key), string(<-ch), r.path, nums, head)
      }
      """;

  @Test
  void copiesEndTheAliasing() {
    GoToolchain go = GoToolchain.find().orElse(null);
    assumeTrue(go != null, GoToolchain.absentMessage());

    GoToolchain.Result before = go.run(PROGRAM, false);
    assertTrue(before.ok(), before.stderr());
    assertEquals("XYZ UVW [z b] [0 4 3 2 1] [0 4 3]\n", before.stdout());

    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(Path.of("codemods/slice-copy.yaml"));
    assertEquals(List.of(), loaded.errors());
    FileResult result = new RecipeRunner(loaded.recipes(), RunOptions.DEFAULT)
        .run(List.of(new GoSource("main/main.go", PROGRAM))).get(0);
    assertNotEquals(PROGRAM, result.after(), "the recipe changed nothing");

    GoToolchain.Result after = go.run(result.after(), false);
    assertTrue(after.ok(), after.stderr() + "\n" + result.after());
    // head := nums[:3] written through is only reported: nums still sees the write.
    assertEquals("abc def [a b] [0 4 3 2 1] [0 4 3]\n", after.stdout(), result.after());
    // Two packages: "go build ./..." then only checks, instead of writing a binary named "main".
    GoToolchain.Result built = go.build(
        Map.of("main", result.after(), "other", "package other\n"), go.languageVersion());
    assertTrue(built.ok(), built.stdout() + built.stderr());
  }
}
