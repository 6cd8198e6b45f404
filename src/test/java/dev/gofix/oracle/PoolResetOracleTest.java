package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.recipe.FileResult;
import org.junit.jupiter.api.Test;

/**
 * pool-reset against a program whose pooled buffers carry data from one use into the next: after
 * the fix each use sees only its own data.
 */
class PoolResetOracleTest {
  private static final String PROGRAM = String.join("\n",
      "package main",
      "",
      "import (",
      "\t\"bytes\"",
      "\t\"fmt\"",
      "\t\"runtime\"",
      "\t\"sync\"",
      ")",
      "",
      "var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}",
      "",
      "var slices = sync.Pool{New: func() any { s := make([]byte, 0, 64); return &s }}",
      "",
      "func render(s string) string {",
      "\tb := buffers.Get().(*bytes.Buffer)",
      "\tdefer buffers.Put(b)",
      "\tb.WriteString(s)",
      "\treturn b.String()",
      "}",
      "",
      "func join(s string) string {",
      "\tp := slices.Get().(*[]byte)",
      "\t*p = append(*p, s...)",
      "\tout := string(*p)",
      "\tslices.Put(p)",
      "\treturn out",
      "}",
      "",
      "func main() {",
      "\truntime.GOMAXPROCS(1)",
      "\tfor _, s := range []string{\"a\", \"b\", \"c\"} {",
      "\t\tfmt.Println(render(s), join(s))",
      "\t}",
      "}",
      "");

  @Test
  void eachUseSeesOnlyItsOwnData() {
    GoToolchain go = GoToolchain.find().orElse(null);
    assumeTrue(go != null, GoToolchain.absentMessage());
    GoToolchain.Result before = go.run(PROGRAM, false);
    assertTrue(before.ok(), before::stderr);

    FileResult r = RecipeOnText.run("pool-reset", "main.go", PROGRAM);
    assertTrue(r.changed());
    GoToolchain.Result after = go.run(r.after(), false);
    assertTrue(after.ok(), () -> after.stderr() + "\n" + r.after());
    assertEquals("a a\nb b\nc c\n", after.stdout(), () -> "before the fix: " + before.stdout());
  }
}
