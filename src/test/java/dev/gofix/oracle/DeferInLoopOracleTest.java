package dev.gofix.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.recipe.FileResult;
import org.junit.jupiter.api.Test;

/**
 * defer-in-loop against a program that opens a temporary file per iteration and defers its
 * Close: after the fix at most one file is open at a time.
 */
class DeferInLoopOracleTest {
  private static final String PROGRAM = String.join("\n",
      "package main",
      "",
      "import (",
      "\t\"fmt\"",
      "\t\"os\"",
      ")",
      "",
      "var open, most int",
      "",
      "type tracked struct{ *os.File }",
      "",
      "func create() (*tracked, error) {",
      "\tf, err := os.CreateTemp(\"\", \"gofix-oracle\")",
      "\tif err != nil {",
      "\t\treturn nil, err",
      "\t}",
      "\topen++",
      "\tmost = max(most, open)",
      "\treturn &tracked{f}, nil",
      "}",
      "",
      "func (t *tracked) Close() error {",
      "\topen--",
      "\tos.Remove(t.Name())",
      "\treturn t.File.Close()",
      "}",
      "",
      "func write(n int) {",
      "\tfor i := 0; i < n; i++ {",
      "\t\tf, err := create()",
      "\t\tif err != nil {",
      "\t\t\tcontinue",
      "\t\t}",
      "\t\tdefer f.Close()",
      "\t\tif i%2 == 0 {",
      "\t\t\tcontinue",
      "\t\t}",
      "\t\tfmt.Fprintf(f, \"%d\", i)",
      "\t}",
      "}",
      "",
      "func main() {",
      "\twrite(10)",
      "\tfmt.Println(most, open)",
      "}",
      "");

  @Test
  void atMostOneFileIsOpenAtATime() {
    GoToolchain go = GoToolchain.find().orElse(null);
    assumeTrue(go != null, GoToolchain.absentMessage());
    GoToolchain.Result before = go.run(PROGRAM, false);
    assertTrue(before.ok(), before::stderr);
    assertEquals("10 0\n", before.stdout());

    FileResult r = RecipeOnText.run("defer-in-loop", "main.go", PROGRAM);
    assertTrue(r.changed());
    GoToolchain.Result after = go.run(r.after(), false);
    assertTrue(after.ok(), () -> after.stderr() + "\n" + r.after());
    assertEquals("1 0\n", after.stdout(), r.after());
  }
}
