package dev.gofix.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gofix.match.Match;
import dev.gofix.match.Matcher;
import dev.gofix.match.PatternCompiler;
import dev.gofix.match.PatternException;
import dev.gofix.match.PatternSource;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;

class FixPlannerTest {

  /** Names where nothing is taken or shadowed, except what a test says. */
  private record FakeNames(Set<String> used, Set<String> packageLevel, Set<String> shadowed) implements Names {
    static FakeNames none() {
      return new FakeNames(Set.of(), Set.of(), Set.of());
    }

    @Override
    public Set<String> usedAround(ParseTree node) {
      return used;
    }

    @Override
    public boolean declaredAtPackageLevel(String name) {
      return packageLevel.contains(name);
    }

    @Override
    public boolean shadowedAt(String name, int tokenIndex) {
      return shadowed.contains(name);
    }
  }

  /** The file after the fix of the first match, or the reason it was refused. */
  private static String fix(String code, String pattern, Names names, FixAction... actions) throws PatternException {
    ParsedFile file = new GoFileParser().parse(new GoSource("x.go", code));
    if (file.hasErrors()) {
      throw new AssertionError(file.errors().toString());
    }
    List<Match> matches = new Matcher(file).findAll(new PatternCompiler().compile(PatternSource.of(pattern)), m -> true);
    FixPlanner.Plan plan = new FixPlanner(file, names).plan("r", matches.get(0), List.of(actions));
    if (plan instanceof FixPlanner.Refused r) {
      return "refused: " + r.reason();
    }
    EditSet set = new EditSet();
    ((FixPlanner.Edits) plan).edits().forEach(set::add);
    return set.apply(file.tokens());
  }

  private static String fix(String code, String pattern, FixAction... actions) throws PatternException {
    return fix(code, pattern, FakeNames.none(), actions);
  }

  @Test
  void replaceCopiesBoundTextWithItsComments() throws PatternException {
    assertEquals("package p\n\nvar x = g(a /* keep */, b)\n",
        fix("package p\n\nvar x = f(a /* keep */, b)\n", "f($$$A)", new FixAction.Replace("match", "g($A)")));
  }

  @Test
  void insertBeforeGoesAboveTheStatementsCommentLinesWithItsIndentation() throws PatternException {
    String code = "package p\n\nfunc f() {\n\ta()\n\t// about b\n\tb()\n}\n";
    assertEquals("package p\n\nfunc f() {\n\ta()\n\tbefore()\n\t// about b\n\tb()\n}\n",
        fix(code, "b()", new FixAction.InsertBefore("match", "before()")));
  }

  @Test
  void insertAfterGoesBelowTheTrailingComment() throws PatternException {
    String code = "package p\n\nfunc f() {\n\tif x {\n\t\ta() // one\n\t}\n}\n";
    assertEquals("package p\n\nfunc f() {\n\tif x {\n\t\ta() // one\n\t\tafter()\n\t}\n}\n",
        fix(code, "a()", new FixAction.InsertAfter("match", "after()")));
  }

  @Test
  void multiLineTemplatesAreIndentedLikeTheirNeighbours() throws PatternException {
    String code = "package p\n\nfunc f() {\n\tfor {\n\t\ta()\n\t}\n}\n";
    assertEquals("package p\n\nfunc f() {\n\tfor {\n\t\ta()\n\t\tif y {\n\t\t\treturn\n\t\t}\n\t}\n}\n",
        fix(code, "a()", new FixAction.InsertAfter("match", "if y {\n\treturn\n}")));
  }

  @Test
  void insertingBeforeAStatementThatSharesItsLineIsRefused() throws PatternException {
    assertEquals("refused: cannot insert before a statement that shares its line",
        fix("package p\n\nfunc f() { a(); b() }\n", "b()", new FixAction.InsertBefore("match", "c()")));
  }

  @Test
  void deleteTakesTheStatementsLinesWithItsComments() throws PatternException {
    String code = "package p\n\nfunc f() {\n\ta()\n\n\t// gone\n\tb() // also gone\n\tc()\n}\n";
    assertEquals("package p\n\nfunc f() {\n\ta()\n\n\tc()\n}\n",
        fix(code, "b()", new FixAction.Delete("match")));
  }

  @Test
  void moveCarriesCommentsAndReindents() throws PatternException {
    String code = "package p\n\nfunc f() {\n\tgo func() {\n\t\t// count\n\t\twg.Add(1) // one\n\t\twork()\n\t}()\n}\n";
    assertEquals(
        "package p\n\nfunc f() {\n\t// count\n\twg.Add(1) // one\n\tgo func() {\n\t\twork()\n\t}()\n}\n",
        fix(code, "go func() {\n$S\n$$$R\n}()", new FixAction.Move("S", "match", false)));
  }

  @Test
  void crlfFilesGetCrlfLines() throws PatternException {
    String code = "package p\r\n\r\nfunc f() {\r\n\ta()\r\n}\r\n";
    assertEquals("package p\r\n\r\nfunc f() {\r\n\ta()\r\n\tb()\r\n}\r\n",
        fix(code, "a()", new FixAction.InsertAfter("match", "b()")));
  }

  @Test
  void wrapIndentsTheTargetInsideTheTemplate() throws PatternException {
    String code = "package p\n\nfunc f() {\n\tfor {\n\t\ta()\n\t}\n}\n";
    assertEquals("package p\n\nfunc f() {\n\tfor {\n\t\tfunc() {\n\t\t\ta()\n\t\t}()\n\t}\n}\n",
        fix(code, "a()", new FixAction.Wrap("match", "func() {\n\t$_\n}()")));
  }

  @Test
  void freshNamesAvoidNamesInUseAndAtPackageLevel() throws PatternException {
    Names names = new FakeNames(Set.of("cancel"), Set.of("cancel2"), Set.of());
    assertEquals("package p\n\nvar x = cancel3\n",
        fix("package p\n\nvar x = f()\n", "f()", names,
            new FixAction.FreshName("C", "cancel"), new FixAction.Replace("match", "$C")));
  }

  @Test
  void importsGoInTheirGroupAtTheirSortedPlace() throws PatternException {
    String code = "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/z\"\n)\n\nvar x = f()\n";
    assertEquals(
        "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"sync\"\n\n\t\"example.com/z\"\n)\n\nvar x = sync.Mutex{}\n",
        fix(code, "f()", new FixAction.AddImport("sync", "S"), new FixAction.Replace("match", "$S.Mutex{}")));
    assertEquals(
        "package p\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/z\"\n)\n\nvar x = context.TODO()\n",
        fix(code, "f()", new FixAction.AddImport("context", "C"), new FixAction.Replace("match", "$C.TODO()")));
  }

  @Test
  void aSingleImportBecomesABlockWithTheNewOne() throws PatternException {
    assertEquals("package p\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nvar x = fmt.Sprint(sync.Mutex{})\n",
        fix("package p\n\nimport \"fmt\"\n\nvar x = fmt.Sprint(f())\n", "f()",
            new FixAction.AddImport("sync", "S"), new FixAction.Replace("match", "$S.Mutex{}")));
    assertEquals("package p\n\nimport (\n\t\"sync\"\n\n\tz \"example.com/z\"\n)\n\nvar x = z.F(sync.Mutex{})\n",
        fix("package p\n\nimport z \"example.com/z\"\n\nvar x = z.F(f())\n", "f()",
            new FixAction.AddImport("sync", "S"), new FixAction.Replace("match", "$S.Mutex{}")));
    // A comment on the import's line stays where it is: the import goes on a line of its own.
    assertEquals("package p\n\nimport \"fmt\" // printing\nimport \"sync\"\n\nvar x = fmt.Sprint(sync.Mutex{})\n",
        fix("package p\n\nimport \"fmt\" // printing\n\nvar x = fmt.Sprint(f())\n", "f()",
            new FixAction.AddImport("sync", "S"), new FixAction.Replace("match", "$S.Mutex{}")));
  }

  @Test
  void aFileWithoutImportsGetsAnImportDeclaration() throws PatternException {
    assertEquals("package p\n\nimport \"sync\"\n\nvar x = sync.Mutex{}\n",
        fix("package p\n\nvar x = f()\n", "f()", new FixAction.AddImport("sync", "S"),
            new FixAction.Replace("match", "$S.Mutex{}")));
  }

  @Test
  void anExistingImportIsReusedUnderItsName() throws PatternException {
    assertEquals("package p\n\nimport ctxpkg \"context\"\n\nvar x = ctxpkg.TODO()\n",
        fix("package p\n\nimport ctxpkg \"context\"\n\nvar x = f()\n", "f()",
            new FixAction.AddImport("context", "C"), new FixAction.Replace("match", "$C.TODO()")));
  }

  @Test
  void aShadowedPackageNameRefusesTheFix() throws PatternException {
    Names names = new FakeNames(Set.of(), Set.of(), Set.of("sync"));
    assertEquals("refused: the name sync of package sync is shadowed here",
        fix("package p\n\nimport \"sync\"\n\nvar x = f()\nvar _ sync.Mutex\n", "f()", names,
            new FixAction.AddImport("sync", "S")));
  }

  @Test
  void aNewImportWhoseNameTheFunctionUsesRefusesTheFix() throws PatternException {
    Names names = new FakeNames(Set.of("sync"), Set.of(), Set.of());
    assertEquals("refused: the name sync for package sync is used in this function",
        fix("package p\n\nvar x = f()\n", "f()", names, new FixAction.AddImport("sync", "S")));
  }

  @Test
  void aDotImportRefusesTheFix() throws PatternException {
    String r = fix("package p\n\nimport . \"sync\"\n\nvar x = f()\n", "f()", new FixAction.AddImport("sync", "S"));
    assertInstanceOf(String.class, r);
    assertEquals("refused: package sync is dot-imported; a qualified name cannot be written", r);
  }

  @Test
  void replaceIndentsTheLaterLinesOfItsTemplateAndKeepsBoundText() throws PatternException {
    String code = "package p\n\nfunc f() {\n\tif x {\n\t\tfor k := range m {\n\t\t\tuse(k)\n\t\t\tuse(k)\n\t\t}\n\t}\n}\n";
    assertEquals("package p\n\nfunc f() {\n\tif x {\n\t\tm.Range(func(k any) bool {\n\t\t\tuse(k)\n\t\t\tuse(k)\n"
        + "\n\t\t\treturn true\n\t\t})\n\t}\n}\n",
        fix(code, "for $K := range $M { $$$B }",
            new FixAction.Replace("match", "$M.Range(func($K any) bool {\n\t$$$B\n\n\treturn true\n})")));
  }

  @Test
  void replaceKeepsCrlfLineEndsInItsTemplate() throws PatternException {
    assertEquals("package p\r\n\r\nfunc f() {\r\n\ta()\r\n\tb()\r\n}\r\n",
        fix("package p\r\n\r\nfunc f() {\r\n\tc()\r\n}\r\n", "c()", new FixAction.Replace("match", "a()\nb()")));
  }

  @Test
  void aMetavariableForAWholeBlockCarriesTheCommentsAroundItsStatements() throws PatternException {
    String code = "package p\n\nfunc f() {\n\tfor k := range m {\n\t\t// first\n\t\tuse(k) // on use\n"
        + "\t\t// last\n\t}\n}\n";
    assertEquals("package p\n\nfunc f() {\n\tm.Range(func(k any) bool {\n\t\t// first\n\t\tuse(k) // on use\n"
        + "\t\t// last\n\t\treturn true\n\t})\n}\n",
        fix(code, "for $K := range $M { $$$B }",
            new FixAction.Replace("match", "$M.Range(func($K any) bool {\n\t$$$B\n\treturn true\n})")));
    // Part of a block: only its own tokens.
    assertEquals("package p\n\nfunc f() {\n\t// a\n\tg(a(), b())\n}\n",
        fix("package p\n\nfunc f() {\n\t// a\n\ta()\n\tb()\n}\n", "a()\nb()",
            new FixAction.Replace("match", "g(a(), b())")));
  }
}
