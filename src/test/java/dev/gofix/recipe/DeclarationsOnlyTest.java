package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.match.PatternCompiler;
import dev.gofix.match.PatternSource;
import dev.gofix.match.RequiredTokens;
import dev.gofix.oracle.GoToolchain;
import dev.gofix.recipe.DeclarationsOnly.Keep;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import dev.gofix.syntax.TokenDescriptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DeclarationsOnlyTest {
  private final GoFileParser parser = new GoFileParser();

  @Test
  void blanksFunctionBodiesAndKeepsEverythingElse() {
    String in = "package p\n\nimport \"fmt\"\n\nfunc f(x interface{ M() }) struct{ a int } {\n"
        + "\tfmt.Println(\"}\", '{', `\n}`) // }\n\treturn struct{ a int }{1}\n}\n\n"
        + "func asm(x int) int\n\nvar v = func() int { return 1 }\n\n"
        + "func (t *T[K]) M() (r func() int) { /* { */ return nil }\n";
    String out = DeclarationsOnly.of(in).orElseThrow();
    assertEquals(in.length(), out.length());
    assertEquals(in.chars().filter(c -> c == '\n').count(), out.chars().filter(c -> c == '\n').count());
    assertTrue(out.contains("func f(x interface{ M() }) struct{ a int } {"), out);
    assertFalse(out.contains("Println"), out);
    assertTrue(out.contains("func asm(x int) int\n"), out);
    assertTrue(out.contains("var v = func() int {          }"), "a function literal's body at package level goes: " + out);
    assertTrue(out.contains("func (t *T[K]) M() (r func() int) {"), out);
    assertFalse(out.contains("return nil"), out);
    assertFalse(parser.parse(new GoSource("x.go", out)).hasErrors());
  }

  @Test
  void blanksOnlyTheBodiesItIsNotToldToKeep() {
    String in = "package p\n\nfunc a() {\n\tkeep()\n}\n\nfunc b() {\n\tdrop()\n}\n\nfunc c() {}\n";
    List<String> asked = new ArrayList<>();
    String out = DeclarationsOnly.of(in, (text, open, close) -> {
      asked.add(text.substring(open, close + 1));
      return text.substring(open, close).contains("keep");
    }).orElseThrow();
    assertEquals(in.replace("\tdrop()", "       "), out);
    assertEquals(List.of("{\n\tkeep()\n}", "{\n\tdrop()\n}"), asked, "an empty body is not asked about");
    // Kept all: the very same text.
    String same = in.replace("drop", "keep");
    assertTrue(same == DeclarationsOnly.of(same, (text, open, close) -> true).orElseThrow());
  }

  @Test
  void givesUpOnWhatItCannotRead() {
    assertEquals(Optional.empty(), DeclarationsOnly.of("package p\nfunc f() {\n"));
    assertEquals(Optional.empty(), DeclarationsOnly.of("package p\nvar s = \"abc\n"));
    assertEquals(Optional.empty(), DeclarationsOnly.of("package p\nvar x = (1\n"));
  }

  /** On GOROOT packages: the top-level declarations are the same, bodies aside. */
  @Test
  void goRootDeclarationsAreKept() throws Exception {
    Optional<Path> src = GoToolchain.goRootSrc();
    Assumptions.assumeTrue(src.isPresent(), "no go command");
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("net/http", "sync", "go/types", "runtime", "cmd/compile/internal/ssa")) {
      try (Stream<Path> s = Files.list(src.get().resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".go")).sorted().limit(40).forEach(files::add);
      }
    }
    int blanked = 0;
    for (Path path : files) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      ParsedFile full = parser.parse(new GoSource(path.toString(), text));
      if (full.hasErrors()) {
        continue;
      }
      String stripped = DeclarationsOnly.of(text).orElseThrow(() -> new AssertionError(path + ": gave up"));
      ParsedFile decls = parser.parse(new GoSource(path.toString(), stripped));
      assertFalse(decls.hasErrors(), () -> path + ": " + decls.errors());
      assertEquals(signatures(full), signatures(decls), path.toString());
      blanked += stripped.equals(text) ? 0 : 1;
    }
    assertTrue(blanked > 50, "bodies blanked in " + blanked + " files");
  }

  /**
   * Parsing a file with the ranges blanked ({@code GoFileParser.parse(source, ranges)}, which
   * makes no blanked copy) gives the tokens and tree of the blanked text, and keeps the original
   * text: for files parsed for their declarations only and for files that may match.
   */
  @Test
  void parsingWithTheRangesEqualsParsingTheBlankedText() throws Exception {
    Optional<Path> src = GoToolchain.goRootSrc();
    Assumptions.assumeTrue(src.isPresent(), "no go command");
    Keep slices = (text, open, close) -> text.substring(open, close).contains(":]");
    int compared = 0;
    for (String dir : List.of("net/http", "go/types", "runtime", "unicode/utf16", "cmd/compile/internal/ssa")) {
      List<Path> paths;
      try (Stream<Path> s = Files.list(src.get().resolve(dir))) {
        paths = s.filter(p -> p.toString().endsWith(".go")).sorted().limit(60).toList();
      }
      for (Path path : paths) {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int[][] rangeSets = {
          DeclarationsOnly.ranges(text, bytes, open -> -1),
          DeclarationsOnly.ranges(text, bytes, slices, open -> -1)
        };
        Optional<?>[] blankedTexts = {DeclarationsOnly.of(text), DeclarationsOnly.of(text, slices)};
        for (int k = 0; k < 2; k++) {
          int[] ranges = rangeSets[k];
          if (ranges == null || ranges.length == 0) {
            continue;
          }
          GoSource source = new GoSource(path.toString(), text);
          ParsedFile withRanges = parser.parse(source, ranges);
          ParsedFile blanked = parser.parse(new GoSource(path.toString(), (String) blankedTexts[k].orElseThrow()));
          assertEquals(TokenDescriptions.of(blanked), TokenDescriptions.of(withRanges), path + " " + k);
          assertEquals(blanked.tree().toStringTree(), withRanges.tree().toStringTree(), path + " " + k);
          assertEquals(blanked.errors().toString(), withRanges.errors().toString(), path + " " + k);
          assertTrue(withRanges.source() == source && withRanges.printTokens().equals(text), path.toString());
          compared++;
        }
      }
    }
    assertTrue(compared > 300, compared + " texts compared");
  }

  /**
   * The closing braces the pre-filter's scan found give the same text as the body scan of its
   * own, for a file that may match and for one parsed for its declarations only; a body with a
   * lone rune or a brace in a comment is read the same either way.
   */
  @Test
  void blocksFromThePreFilterScanGiveTheSameText() throws Exception {
    Optional<Path> src = GoToolchain.goRootSrc();
    Assumptions.assumeTrue(src.isPresent(), "no go command");
    RequiredTokens.Filters filters = new RequiredTokens.Filters(List.of(),
        List.of(RequiredTokens.of(new PatternCompiler().compile(PatternSource.of("$S[$A:$B]")))));
    Keep slices = (text, open, close) -> text.substring(open, close).contains(":]");
    int files = 0;
    int fromBlocks = 0;
    for (String dir : List.of("net/http", "go/types", "runtime", "unicode/utf16", "cmd/compile/internal/ssa")) {
      List<Path> paths;
      try (Stream<Path> s = Files.list(src.get().resolve(dir))) {
        paths = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
      }
      for (Path path : paths) {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        RequiredTokens.Filters.Answers answers = filters.answers(text);
        int[] used = {0};
        Optional<String> withBlocks = DeclarationsOnly.of(text, answers.bytes(), slices, open -> {
          int end = answers.blockEnd(open);
          used[0] += end >= 0 ? 1 : 0;
          return end;
        });
        assertEquals(DeclarationsOnly.of(text, slices), withBlocks, path.toString());
        // The same for a file parsed for its declarations only, literals outside functions blanked.
        assertEquals(DeclarationsOnly.of(text), DeclarationsOnly.of(text, answers.bytes(), answers::blockEnd), path.toString());
        files++;
        fromBlocks += used[0];
      }
    }
    assertTrue(files > 500 && fromBlocks > 10_000, files + " files, " + fromBlocks + " bodies ended from the blocks");
    // And the blocks are what ends a body: a wrong end the scan is given is taken.
    String in = "package p\n\nfunc f() {\n\tx()\n}\n\nfunc g() { y() }\n";
    int open = in.indexOf('{');
    int wrongEnd = in.indexOf('}', in.indexOf("g()"));
    String out = DeclarationsOnly.of(in, in.getBytes(StandardCharsets.ISO_8859_1), (t, o, c) -> false,
        o -> o == open ? wrongEnd : -1).orElseThrow();
    assertFalse(out.contains("y()"), out);
  }

  @Test
  void blanksTheLiteralsOutsideFunctionsButNotTypes() {
    String in = "package p\n\nvar t = []T{{1, 2},\n\t{3}}\nvar s = struct{ a int }{a: 1}\n"
        + "type S struct {\n\ta int\n}\ntype I interface{ M() }\nvar f = g(func() { x() })\n"
        + "var h = func() int { return 1 }\nvar m = map[string]struct{}{\"a\": {}}\n";
    String out = DeclarationsOnly.of(in).orElseThrow();
    assertEquals("package p\n\nvar t = []T{       \n    }\nvar s = struct{ a int }{    }\n"
        + "type S struct {\n\ta int\n}\ntype I interface{ M() }\nvar f = g(func() { x() })\n"
        + "var h = func() int {          }\nvar m = map[string]struct{}{       }\n", out);
    assertFalse(parser.parse(new GoSource("x.go", out)).hasErrors());
    // With bodies to keep (a file that may match), literals stay.
    assertEquals(in, DeclarationsOnly.of(in, (t, open, close) -> false).orElseThrow());
  }

  /**
   * Each top-level declaration's tokens, with function bodies left out, and the elements of every
   * composite literal and the body of every function literal ("{}" for each): the declarations
   * the package's facts are made of.
   */
  private static List<String> signatures(ParsedFile file) {
    List<String> out = new ArrayList<>();
    out.add(file.tree().packageClause().getText());
    file.tree().importDecl().forEach(d -> out.add(d.getText()));
    for (GoParser.TopLevelDeclContext top : file.tree().topLevelDecl()) {
      var body = top.functionDecl() != null ? top.functionDecl().block()
          : top.methodDecl() != null ? top.methodDecl().block() : null;
      StringBuilder text = new StringBuilder();
      withoutLiterals(top, body, text);
      out.add(text.toString());
    }
    return out;
  }

  private static void withoutLiterals(org.antlr.v4.runtime.tree.ParseTree node, Object body, StringBuilder out) {
    if (node == body) {
      return;
    }
    boolean literalBody = node instanceof GoParser.BlockContext
        && (node.getParent() instanceof GoParser.OperandContext || node.getParent() instanceof GoParser.HeaderOperandContext);
    if (node instanceof GoParser.LiteralValueContext || literalBody) {
      out.append("{}");
      return;
    }
    if (node instanceof org.antlr.v4.runtime.tree.TerminalNode t) {
      out.append(t.getText());
      return;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      withoutLiterals(node.getChild(i), body, out);
    }
  }
}
