package dev.gofix.golden;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.oracle.GoToolchain;
import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.GoVersion;
import dev.gofix.recipe.GoldenCase;
import dev.gofix.recipe.GoldenSuite;
import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the shared run behind the golden factory, with a fake runner. */
class GoldenRunTest {
  @TempDir Path root;

  /** Replaces {@code interface{}} with {@code any}. */
  private static final Function<GoSource, FileResult> TO_ANY =
      source ->
          new FileResult(
              Path.of(source.path()),
              source.text(),
              source.text().replace("interface{}", "any"),
              List.of(),
              List.of());

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  private static GoldenCase find(List<GoldenSuite.RecipeCases> all, String recipe, String name) {
    return all.stream().filter(r -> r.recipe().equals(recipe)).findFirst().orElseThrow().cases()
        .stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void goVersionComesFromTheBuildLine() {
    assertEquals(GoVersion.NEWEST, GoldenRun.goVersionOf("package p\n"));
    assertEquals(new GoVersion(1, 21), GoldenRun.goVersionOf("//go:build go1.21\n\npackage p\n"));
    assertEquals(
        new GoVersion(1, 22),
        GoldenRun.goVersionOf("// a comment\n//go:build linux && go1.22 && !go1.23\n\npackage p\n"));
    assertEquals(GoVersion.NEWEST, GoldenRun.goVersionOf("package p\n\n//go:build go1.18\n"));
  }

  @Test
  void recipesLoadOnceAndTheirFailuresFailTheirCases() throws IOException {
    write("fixtures/good/a.go", "package a\n");
    write("fixtures/good/b.go", "package b\n");
    write("fixtures/bad/c.go", "package c\n");
    List<GoldenSuite.RecipeCases> all = new GoldenSuite(root).discover();
    AtomicInteger loads = new AtomicInteger();
    GoldenRun run =
        new GoldenRun(
            rc -> {
              loads.incrementAndGet();
              if (rc.recipe().equals("bad")) {
                throw new IllegalStateException("codemods/bad.yaml does not load");
              }
              return TO_ANY;
            },
            all,
            false,
            Optional.empty());
    GoldenSuite.RecipeCases good = all.get(1);
    GoldenSuite.RecipeCases bad = all.get(0);
    assertSame(run.result(good, good.cases().get(0)), run.result(good, good.cases().get(0)));
    run.result(good, good.cases().get(1));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> run.result(bad, bad.cases().get(0)));
    assertTrue(e.getMessage().contains("codemods/bad.yaml does not load"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> run.result(bad, bad.cases().get(0)));
    assertEquals(2, loads.get());
  }

  @Test
  void gofmtAndVetRunOverEveryOutputByVersion() throws IOException {
    Optional<GoToolchain> go = GoToolchain.find();
    assumeTrue(go.isPresent(), GoToolchain.absentMessage());
    write("fixtures/r/clean.go", "package clean\n\nfunc F(x interface{}) interface{} { return x }\n");
    write("fixtures/r/ugly.go", "package ugly\n\nfunc  F() {}\n");
    write("fixtures/r/_odd name.go",
        "//go:build go1.21\n\npackage odd\n\nimport \"fmt\"\n\nfunc F() { fmt.Printf(\"%d\", \"s\") }\n\nvar _ interface{}\n");
    write("fixtures/s/broken.go", "package broken\n\nfunc F() int { return undefinedName }\n");
    write("fixtures/s/future.go", "//go:build go1.99\n\npackage future\n");
    write("fixtures/s/unparseable.go", "package p\n\nfunc F( {\n");
    List<GoldenSuite.RecipeCases> all = new GoldenSuite(root).discover();
    GoldenRun run = new GoldenRun(rc -> TO_ANY, all, false, go);

    GoldenRun.GoChecks checks = run.checks();
    assertSame(checks, run.checks());
    GoldenCase clean = find(all, "r", "clean");
    GoldenCase ugly = find(all, "r", "ugly");
    GoldenCase odd = find(all, "r", "_odd name");
    GoldenCase broken = find(all, "s", "broken");
    GoldenCase future = find(all, "s", "future");
    GoldenCase unparseable = find(all, "s", "unparseable");

    assertEquals(List.of(), checks.gofmtProblems(clean));
    assertEquals(List.of(), checks.vetProblems(clean));
    assertEquals(GoVersion.NEWEST, checks.version(clean));

    assertEquals(1, checks.gofmtProblems(ugly).size());
    assertEquals(List.of(), checks.vetProblems(ugly));

    assertEquals(new GoVersion(1, 21), checks.version(odd));
    assertEquals(1, checks.vetProblems(odd).size(), checks.vetProblems(odd).toString());
    assertTrue(checks.vetProblems(odd).get(0).contains("wrong type"), checks.vetProblems(odd).toString());

    assertTrue(checks.vetProblems(broken).get(0).contains("undefinedName"),
        checks.vetProblems(broken).toString());

    assertTrue(checks.has(future));
    assertFalse(checks.vettable(future));

    assertFalse(checks.has(unparseable));
  }
}
