package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredTokensTest {

  static Pattern compile(String text) throws PatternException {
    return new PatternCompiler().compile(PatternSource.of(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '\'', value = {
      // pattern ~ words ~ other tokens
      "interface{} ~ [interface] ~ [{, }]",
      "$WG.Add($N) ~ [Add] ~ [., (, )]",
      "f($X, $X) ~ [f] ~ [(, )]",
      "f($$$A) ~ [f] ~ [(, )]",
      "$A + $B ~ [] ~ [+]",
      "x := $F()\\nx.Close() ~ [Close, x] ~ [:=, (, ), .]",
      "fmt.Println(\"hi\", 42) ~ [Println, fmt, 42] ~ [\"hi\", (, ), .]",
      "go func($$$P) {\\n$ADD\\n$$$REST\\n}($$$A) ~ [func, go] ~ [(, ), {, }]",
  })
  void aPatternRequiresItsTokensOutsideMetavariables(String pattern, String words, String others)
      throws PatternException {
    RequiredTokens r = RequiredTokens.of(compile(pattern));
    assertEquals(words, sorted(r.words(), words), r::toString);
    assertEquals(others, sorted(r.others(), others), r::toString);
  }

  /** The list in the order of the expected text, so that the test does not depend on ties. */
  private static String sorted(List<String> actual, String expected) {
    List<String> want = List.of(expected.substring(1, expected.length() - 1).split(", "));
    if (expected.equals("[]")) {
      want = List.of();
    }
    if (actual.size() == want.size() && actual.containsAll(want)) {
      return expected;
    }
    return actual.toString();
  }

  @Test
  void positiveConstraintPatternsAddTheirTokensNegatedOnesDoNot() throws PatternException {
    Pattern go = compile("go func($$$P) {\n$ADD\n$$$REST\n}($$$A)");
    RequiredTokens r = RequiredTokens.of(go, List.of(
        new Constraint.MetavariablePattern("ADD", compile("$WG.Add($N)")),
        new Constraint.Related(Constraint.Relation.INSIDE, compile("for $$$H { $$$B }")),
        new Constraint.Not(compile("$WG.Done()")),
        new Constraint.Related(Constraint.Relation.NOT_HAS, compile("panic($X)")),
        new Constraint.Predicate("refers-to", List.of("ADD", "P"), true)));
    assertEquals(List.of("func", "Add", "for", "go"), r.words());
  }

  @Test
  void aResultTypeOfReturnedAsIsRequiredAsWords() throws PatternException {
    Pattern ret = compile("return $$$A, $P");
    RequiredTokens r = RequiredTokens.of(ret, List.of(new Constraint.Predicate("returned-as", List.of("P", "error"), false)));
    assertEquals(List.of("return", "error"), r.words());
    assertFalse(r.mayMatch("package p\n\nfunc f() *T { var p *T; return p }\n"));
    assertTrue(r.mayMatch("package p\n\nfunc f() (int, error) { var p *T; return 0, p }\n"));
    assertEquals(List.of("return"),
        RequiredTokens.of(ret, List.of(new Constraint.Predicate("returned-as", List.of("P", "error"), true))).words(),
        "negated: nothing");
    assertEquals(List.of("Handler"), RequiredTokens.namesOutsideImportPaths("net/http.Handler"));
    assertEquals(List.of("map", "string", "Context"),
        RequiredTokens.namesOutsideImportPaths("map[string]golang.org/x/net/context.Context"));
    assertEquals(List.of("Node"), RequiredTokens.namesOutsideImportPaths("*gopkg.in/yaml.v3.Node"));
  }

  @Test
  void aFileLackingARequiredWordCannotMatch() throws PatternException {
    RequiredTokens r = RequiredTokens.of(compile("interface{}"));
    assertFalse(r.mayMatch("package p\n\nvar x any\n"));
    assertFalse(r.mayMatch("package p\n\n// interfaces{}\nvar interface_ = 1\n"), "whole words only");
    assertTrue(r.mayMatch("package p\n\nvar x interface{}\n"));
    assertTrue(r.mayMatch("package p\n\nvar x interface {\n}\n"));
    assertTrue(r.mayMatch("package p\n\n// interface{}\n"), "a comment may let a file through");
    assertTrue(r.mayMatch("package p\nvar é interface{}"));
  }

  @Test
  void tokensWithNoMetavariableBetweenMustBeAdjacent() throws PatternException {
    RequiredTokens iface = RequiredTokens.of(compile("interface{}"));
    assertEquals(List.of(List.of("interface", "{", "}")), iface.runs());
    assertFalse(iface.mayMatch("package p\n\ntype I interface{ M() }\n"));
    assertTrue(iface.mayMatch("package p\n\nvar x interface { /* } */ }\n"));
    assertTrue(iface.mayMatch("package p\n\nvar x interface{\n\t// c\n}\n"));
    assertTrue(iface.mayMatch("package p\n\ntype I interface{ M() }\nvar x interface{}"));
    RequiredTokens go = RequiredTokens.of(compile("go func($$$P) {\n$ADD\n$$$REST\n}($$$A)"));
    assertEquals(List.of(List.of("go", "func", "("), List.of(")", "{"), List.of("}", "("), List.of(")")), go.runs());
    assertTrue(go.mayMatch("func f() { go func(i int) { x() }(1) }"));
    assertFalse(go.mayMatch("func f() { go func(i int) { x() }; go f() }"));
    RequiredTokens add = RequiredTokens.of(compile("$X.Add($N)"));
    assertTrue(add.mayMatch("wg . /* c */ Add\n(1)"));
    assertFalse(add.mayMatch("wg.Add2(1); Add(1)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '\'', value = {
      // pattern ~ operators directly inside the pattern's own brackets
      "$S[$A:$B] ~ [[:]",
      "$S[$A:$B:$C] ~ [[:]",
      "$M[$K] ~ []",
      "append($X, $Y...) ~ [(...]",
      "f($X.Y) ~ [(.]",
      "go func($$$P) {\\n$ADD\\n$$$REST\\n}($$$A) ~ []",
      "func ($R $T) $M($$$P) $$$RES { $R.$F = $V } ~ [{=, {.]",
  })
  void operatorsDirectlyInsideThePatternsBracketsAreRequiredThere(String pattern, String nested)
      throws PatternException {
    assertEquals(nested, RequiredTokens.of(compile(pattern)).nested().toString());
  }

  @Test
  void aColonDirectlyInsideSquareBracketsIsASliceExpression() throws PatternException {
    RequiredTokens slice = RequiredTokens.of(compile("$S[$A:$B]"));
    assertTrue(slice.mayMatch("package p\nvar t = s[1:]\n"));
    assertTrue(slice.mayMatch("package p\nvar t = s[f(x[0]):len(s)-1]\n"));
    assertTrue(slice.mayMatch("package p\nvar t = s[f(']', \"(\", `{`):2]\n"), "brackets in literals do not count");
    assertTrue(slice.mayMatch("package p\nvar t = s[a /* ( */ :b]\n"), "nor in comments");
    assertTrue(slice.mayMatch("package p\nvar t = s[a // {\n:b]\n"));
    assertTrue(slice.mayMatch("package p\nvar t = s['\\'':b]\n"), "an escaped quote does not end a rune");
    assertFalse(slice.mayMatch("package p\nvar m = map[string]int{\"a\": 1}\n"), "a key's colon is inside braces");
    assertFalse(slice.mayMatch("package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t}\nL:\n\tgoto L\n}\n"));
    assertFalse(slice.mayMatch("package p\nvar a = [...]int{1: 2}\nvar b = x[i]\n"));
    assertFalse(slice.mayMatch("package p\nfunc F[T any](x []T) {}\n"));
    assertFalse(slice.mayMatch("package p\n// s[1:]\nvar t = \"s[1:]\" + `s[1:]` + s[i]\n"), "nor slices in comments and literals");
    assertFalse(slice.mayMatch("package p\nvar t = s[x := 1]\n"), "':=' is not ':'");
  }

  @Test
  void wordsAreWholeWords() {
    assertTrue(RequiredTokens.containsWord("go func", "go"));
    assertTrue(RequiredTokens.containsWord("//go:build", "go"));
    assertTrue(RequiredTokens.containsWord("x.Add(1)", "Add"));
    assertFalse(RequiredTokens.containsWord("goto L; ago; go_", "go"));
    assertFalse(RequiredTokens.containsWord("AddInt(1) x.Add2", "Add"));
    assertTrue(RequiredTokens.containsWord("x.Adder x.Add", "Add"));
  }

  @Test
  void aPackageConditionRequiresTheImportPath() throws PatternException {
    RequiredTokens r = RequiredTokens.of(compile("$C, $F := $P.$FN($$$A)"),
        List.of(new Constraint.PackageIs("P", "context")));
    // A path of letters only is a whole word between the quotes of the import.
    assertTrue(r.words().contains("context"), r::toString);
    assertFalse(r.mayMatch("package p\n\nfunc f() {\n\ta, b := x.Y(1)\n}\n"));
    assertFalse(r.mayMatch("package p\n\nimport \"contexts\"\n\nfunc f() {\n\ta, b := x.Y(1)\n}\n"));
    assertTrue(r.mayMatch("package p\n\nimport c \"context\"\n\nfunc f() {\n\ta, b := c.WithCancel(nil)\n}\n"));
    assertTrue(r.mayMatch("package p\n\nimport c `context`\n\nfunc f() {\n\ta, b := c.WithCancel(nil)\n}\n"));
    RequiredTokens.Filters together = new RequiredTokens.Filters(List.of(r));
    assertTrue(together.any("package p\n\nimport c `context`\n\nfunc f() {\n\ta, b := c.WithCancel(nil)\n}\n"));
    // Other paths are looked for anywhere.
    RequiredTokens http = RequiredTokens.of(compile("$C, $F := $P.$FN($$$A)"),
        List.of(new Constraint.PackageIs("P", "net/http")));
    assertTrue(http.others().contains("net/http"), http::toString);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "^_$                                        ; _",
      "^WithCancelCause$                          ; WithCancelCause",
      "^With(Cancel|Timeout)$                     ; WithCancel WithTimeout",
      "^With(Cancel|Timeout|Deadline)(Cause)?$    ; WithCancel WithCancelCause WithTimeout WithTimeoutCause WithDeadline WithDeadlineCause",
      "^(?:Get|Put)x$                             ; Getx Putx",
      "^(a|b)(c|d)$                               ; ac ad bc bd",
      // Not a plain list of words, or the empty text matches: nothing is needed.
      "^(a|)$                                     ; ''",
      "^(a)?$                                     ; ''",
      "^With.*$                                   ; ''",
      "With(Cancel)$                              ; ''",
      "^With(Cancel)                              ; ''",
      "^a|b$                                      ; ''",
      "^(a(b))$                                   ; ''",
      "^[ab]$                                     ; ''",
      "^ab?$                                      ; ''",
      "^a\\.b$                                    ; ''",
  })
  void aPlainRegexOfWordsNamesTheWordsItMatches(String regex, String words) {
    java.util.Optional<List<String>> found = RequiredTokens.wordsMatching(java.util.regex.Pattern.compile(regex));
    assertEquals(words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new java.util.TreeSet<>(List.of(words.split(" ")))),
        found.map(java.util.TreeSet::new), regex);
    // Each word it names is one the regex finds.
    found.ifPresent(list -> list.forEach(w -> assertTrue(java.util.regex.Pattern.compile(regex).matcher(w).find(), w)));
  }

  @Test
  void aFlaggedRegexNamesNoWords() {
    assertEquals(java.util.Optional.empty(),
        RequiredTokens.wordsMatching(java.util.regex.Pattern.compile("^with$", java.util.regex.Pattern.CASE_INSENSITIVE)));
  }

  @Test
  void aMetavariableRegexOfWordsRequiresOneOfThem() throws PatternException {
    java.util.regex.Pattern with = java.util.regex.Pattern.compile("^With(Cancel|Timeout)$");
    RequiredTokens r = RequiredTokens.of(compile("$C, $F := $P.$FN($$$A)"),
        List.of(new Constraint.TextMatches("FN", with, false)));
    assertEquals(List.of(List.of("WithCancel", "WithTimeout")), r.oneOf(), r::toString);
    RequiredTokens.Filters together = new RequiredTokens.Filters(List.of(r));
    for (String text : List.of("a, b := c.WithTimeout(x)", "a, b := c.WithCancel(x)", "a, b := c.Other(x) // WithCancel",
        "a, b := c.Other(x)", "a, b := c.WithTimeouts(x)", "a, b := c.xWithCancel(x)")) {
      String file = "package p\n\nfunc f() {\n\t" + text + "\n}\n";
      boolean inCode = text.contains("WithTimeout(") || text.contains(".WithCancel(");
      assertEquals(inCode || text.endsWith("// WithCancel"), r.mayMatch(file), text);
      assertEquals(inCode, together.any(file), text + " (the scan passes over comments)");
    }
    // A negated regex requires nothing.
    RequiredTokens not = RequiredTokens.of(compile("$C, $F := $P.$FN($$$A)"),
        List.of(new Constraint.TextMatches("FN", with, true)));
    assertEquals(List.of(), not.oneOf());
    assertTrue(not.mayMatch("package p\n\nfunc f() {\n\ta, b := c.Other(x)\n}\n"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "// é is one char, 😀 two\n"})
  void piecesOfATextAreAnsweredAsTheTextsTheyAre(String prefix) throws Exception {
    // The same filters for the whole text and for pieces: a piece that is a top-level block in
    // braces is answered from the whole text's scan, any other piece by a scan of its own.
    RequiredTokens.Filters filters = new RequiredTokens.Filters(builtinFilters(), builtinFilters());
    String text = "package p\n\n" + prefix + "func a() {\n\tx := s[1:2] // 😀 }\n\tgo func() { wg.Add(1) }()\n}\n\n"
        + "func b() {\n\tctx, cancel := context.WithCancel(ctx)\n\t_ = `[:`\n}\n\nfunc c() { var _ interface{} = 1 }\n"
        + "var v = T{a: s[1:2], b: \"}\"}\n\nfunc d() {}\nfunc e() { defer f() }\n";
    RequiredTokens.Filters.Answers answers = filters.answers(text);
    assertArrayEquals(filters.which(text), answers.whole());
    if (prefix.isEmpty()) {
      assertEquals(6, answers.blocks().size(), () -> answers.blocks().toString());
    }
    int pieceCount = 0;
    for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
      for (int close = open + 1; close <= text.length(); close++) {
        boolean[] alone = filters.which(text.substring(open, close));
        boolean any = false;
        for (int i = 0; i < alone.length; i++) {
          assertEquals(alone[i], answers.piece(open, close, new int[] {i}), open + "-" + close + ": " + i);
          any |= alone[i];
        }
        assertEquals(any, answers.piece(open, close, java.util.stream.IntStream.range(0, alone.length).toArray()));
        pieceCount++;
      }
    }
    assertTrue(pieceCount > 300, "pieces: " + pieceCount);
  }

  @Test
  void theScanFindsTheTopLevelBlocksInBraces() {
    // Under each brace of a top-level block, a caret: a brace in a comment, a string or a rune,
    // or inside another bracket, is no block's.
    String text = String.join("\n",
        "package p",
        "var v = T{a: s[1:2], b: \"}\"} // {",
        "         ^                 ^",
        "func f(x struct{}) { if x { _ = '}' } }",
        "                   ^                  ^",
        "type I interface{ M() }; var w = [2]int{1, 2}",
        "                ^     ^                ^    ^",
        "func g() {}",
        "         ^^",
        "");
    RequiredTokens.Filters filters = new RequiredTokens.Filters(List.of(), builtinFilters());
    List<Integer> carets = new java.util.ArrayList<>();
    for (int i = text.indexOf('^'); i >= 0; i = text.indexOf('^', i + 1)) {
      int column = i - text.lastIndexOf('\n', i) - 1;
      int lineAbove = text.lastIndexOf('\n', text.lastIndexOf('\n', i) - 1) + 1;
      carets.add(lineAbove + column);
    }
    List<List<Integer>> expected = new java.util.ArrayList<>();
    for (int k = 0; k < carets.size(); k += 2) {
      expected.add(List.of(carets.get(k), carets.get(k + 1)));
    }
    assertEquals(expected, filters.answers(text).blocks());
  }

  @Test
  void runsSearchedFromTheirSecondTokenAreFoundAsFromTheFirst() throws PatternException {
    // ". Get (" is searched from each "Get": back over the gap to the dot, or forward from the
    // dots where the gap may hold a comment.
    List<String> run = List.of(".", "Get", "(");
    for (String text : List.of("x.Get(", "x . Get (", "x.\n\tGet(", "x./* c */Get(", "x. // c\nGet(",
        "x .\r\nGet(", "// .Get(", "x;.;,Get(", "xGet(", "x.GetAll(", "x.yGet(", "x;Get(", "x.y Get(",
        "Get(", ".Get", "x.Get x.Get(", "x./* c */ y Get(", "x. // c\ny Get(")) {
      assertEquals(RequiredTokens.containsRunFromFirst(text, run), RequiredTokens.containsRun(text, run), text);
    }
    assertTrue(RequiredTokens.containsRun("x. // c\nGet(", run));
    assertFalse(RequiredTokens.containsRun("x.y Get(", run));
  }

  @Test
  void runsSearchedFromTheirSecondTokenAgreeWithTheForwardSearchOnGoRoot() throws Exception {
    java.util.Set<List<String>> runs = new java.util.LinkedHashSet<>();
    for (RequiredTokens filter : builtinFilters()) {
      runs.addAll(filter.runs());
    }
    int found = 0;
    for (java.nio.file.Path file : everyTenthFileOfGoRoot()) {
      String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      for (List<String> run : runs) {
        boolean forward = RequiredTokens.containsRunFromFirst(text, run);
        assertEquals(forward, RequiredTokens.containsRun(text, run), file + ": " + run);
        found += forward ? 1 : 0;
      }
    }
    assertTrue(found > 100, "runs found: " + found);
  }

  /** Every tenth Go file of the installed Go tree, in path order; the test is skipped without Go. */
  private static List<java.nio.file.Path> everyTenthFileOfGoRoot() throws java.io.IOException {
    java.util.Optional<java.nio.file.Path> src = dev.gofix.oracle.GoToolchain.goRootSrc();
    org.junit.jupiter.api.Assumptions.assumeTrue(src.isPresent(), "go not installed: skipping the Go tree");
    List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(src.get())) {
      files = walk.filter(p -> p.toString().endsWith(".go") && java.nio.file.Files.isRegularFile(p)).sorted().toList();
    }
    List<java.nio.file.Path> out = new java.util.ArrayList<>();
    for (int f = 0; f < files.size(); f += 10) {
      out.add(files.get(f));
    }
    return out;
  }

  /** The pre-filter of every rule of every built-in recipe. */
  private static List<RequiredTokens> builtinFilters() {
    List<RequiredTokens> filters = new java.util.ArrayList<>();
    for (dev.gofix.recipe.Recipe recipe : new dev.gofix.recipe.RecipeLoader().builtins().recipes()) {
      for (dev.gofix.recipe.Rule rule : recipe.rules()) {
        filters.add(RequiredTokens.of(rule.match(), rule.where()));
      }
    }
    return filters;
  }

  @Test
  void filtersAnsweredTogetherAgreeWithEachFilterAlone() throws Exception {
    // Every built-in rule's filter against every fixture: the one-scan word index of Filters
    // must answer as each filter's own searches do.
    List<RequiredTokens> filters = builtinFilters();
    RequiredTokens.Filters together = new RequiredTokens.Filters(filters);
    List<java.nio.file.Path> fixtures;
    try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("fixtures"))) {
      fixtures = walk.filter(p -> p.toString().endsWith(".go")).sorted().toList();
    }
    assertTrue(fixtures.size() > 50, "fixtures: " + fixtures.size());
    int passed = 0;
    for (java.nio.file.Path fixture : fixtures) {
      String text = java.nio.file.Files.readString(fixture);
      boolean[] may = together.which(text);
      boolean any = false;
      for (int i = 0; i < filters.size(); i++) {
        assertBetween(filters.get(i), text, may[i], fixture.toString());
        any |= may[i];
        passed += may[i] ? 1 : 0;
      }
      assertEquals(any, together.any(text), fixture.toString());
    }
    assertTrue(passed > 0);
    // Whole words only, as containsWord has it.
    RequiredTokens.Filters put = new RequiredTokens.Filters(List.of(RequiredTokens.of(compile("$P.Put($B)"))));
    assertFalse(put.any("package p\n\nfunc f() { p.Putter(b); p.xPut(b) }\n"));
    assertTrue(put.any("package p\n\nfunc f() { p.Put(b) }\n"));
  }
  @Test
  void wordsOfEveryLengthAreFound() throws Exception {
    // The scan passes by a word whose first letter and length no wanted word has; lengths of 64
    // and more share one mark.
    List<String> names = List.of("g", "x".repeat(63), "y".repeat(64), "y".repeat(70), "z".repeat(200));
    List<RequiredTokens> each = new java.util.ArrayList<>();
    for (String name : names) {
      each.add(RequiredTokens.of(compile(name + "($X)")));
    }
    RequiredTokens.Filters filters = new RequiredTokens.Filters(each);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      boolean[] expected = new boolean[names.size()];
      expected[i] = true;
      assertArrayEquals(expected, filters.which("package p\n\nvar _ = " + name + "(1)\n"), name.length() + " chars");
      assertArrayEquals(new boolean[names.size()], filters.which("package p\n\nvar _ = " + name + "a(1)\n"));
    }
  }

  @Test
  void wordsWithTheSameHashAreToldApart() throws Exception {
    // "Aa" and "BB" hash alike (31 * 'A' + 'a' == 31 * 'B' + 'B'), as do "AaAa", "BBBB", "AaBB".
    RequiredTokens aa = RequiredTokens.of(compile("Aa($X)"));
    RequiredTokens bb = RequiredTokens.of(compile("BB($X)"));
    RequiredTokens both = RequiredTokens.of(compile("AaAa(BBBB($X))"));
    RequiredTokens.Filters filters = new RequiredTokens.Filters(List.of(aa, bb, both));
    assertArrayEquals(new boolean[] {false, true, false}, filters.which("package p\n\nvar _ = BB(AaBB)\n"));
    assertArrayEquals(new boolean[] {true, false, false}, filters.which("package p\n\nvar _ = Aa(BBBB)\n"));
    assertArrayEquals(new boolean[] {true, true, true},
        filters.which("package p\n\nvar _ = AaAa(BBBB(Aa(BB(1))))\n"));
  }

  @Test
  void filtersAnsweredTogetherAgreeWithEachFilterAloneOnGoRoot() throws Exception {
    // The one-byte-per-char scan, brackets followed in the same pass, against each filter's own
    // searches (Nesting.scan alone for the brackets) over every tenth file of the Go tree.
    List<RequiredTokens> filters = builtinFilters();
    RequiredTokens.Filters together = new RequiredTokens.Filters(filters);
    int checked = 0;
    int commentsDecided = 0;
    for (java.nio.file.Path file : everyTenthFileOfGoRoot()) {
      String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      if (text.length() != text.codePointCount(0, text.length())) {
        continue; // withoutComments cannot read it
      }
      boolean[] may = together.which(text);
      for (int i = 0; i < filters.size(); i++) {
        commentsDecided += assertBetween(filters.get(i), text, may[i], file.toString()) ? 1 : 0;
      }
      checked++;
    }
    assertTrue(checked > 500, "files: " + checked);
    assertTrue(commentsDecided > 0, "no answer changed by comments");
  }

  /**
   * Asserts that the scan's answer lies between the filter's own searches of the text without
   * its comments (which the scan passes over) and of the whole text (which counts them): the
   * same as both where they agree. Returns whether they disagree.
   */
  private static boolean assertBetween(RequiredTokens filter, String text, boolean scanned, String where) {
    boolean withComments = filter.mayMatch(text);
    boolean withoutComments = filter.mayMatch(withoutComments(text));
    assertTrue(withComments || !withoutComments, where + ": a comment hid a token from " + filter);
    if (withComments == withoutComments) {
      assertEquals(withComments, scanned, where + ": " + filter);
    } // else either answer lies between them
    return withComments != withoutComments;
  }

  /**
   * The text with each comment made spaces (its line ends kept), as Go's lexer finds them. Only
   * for texts of chars within 16 bits: the lexer's indexes count code points.
   */
  private static String withoutComments(String text) {
    assertEquals(text.length(), text.codePointCount(0, text.length()), "a char beyond 16 bits");
    StringBuilder out = new StringBuilder(text);
    dev.gofix.syntax.GoLexer lexer = new dev.gofix.syntax.GoLexer(org.antlr.v4.runtime.CharStreams.fromString(text));
    lexer.removeErrorListeners();
    for (org.antlr.v4.runtime.Token t : lexer.getAllTokens()) {
      if (t.getChannel() == dev.gofix.syntax.GoLexer.COMMENTS) {
        for (int k = t.getStartIndex(); k <= t.getStopIndex(); k++) {
          if (out.charAt(k) != '\n') {
            out.setCharAt(k, ' ');
          }
        }
      }
    }
    return out.toString();
  }

}
