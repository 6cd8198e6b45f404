package dev.gofix.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gofix.oracle.GoToolchain;
import dev.gofix.recipe.GoldenCase;
import dev.gofix.recipe.GoldenResult;
import dev.gofix.recipe.GoldenSuite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden tests of the repository: every {@code fixtures/RECIPE/CASE.go} is run through
 * {@code codemods/RECIPE.yaml} and its diff compared with {@code golden/RECIPE/CASE.diff}; the
 * output must also parse, be stable under a second run, be gofmt-clean and pass go vet.
 *
 * <p>{@code -Dgolden.update=true} rewrites the goldens from the current output (refused when
 * {@code CI} is set); {@code -Dgolden.recipe=ID} limits the run to one recipe.
 */
class GoldenTest {

  @TestFactory
  Stream<DynamicNode> golden() {
    Path root = Path.of("").toAbsolutePath();
    boolean update = Boolean.parseBoolean(System.getProperty("golden.update", "false").strip());
    Optional<String> only =
        Optional.ofNullable(System.getProperty("golden.recipe")).map(String::strip)
            .filter(s -> !s.isEmpty());
    if (update) {
      GoldenSuite.checkUpdateAllowed(System.getenv());
    }
    GoldenSuite suite = new GoldenSuite(root);
    List<GoldenSuite.RecipeCases> recipes = suite.select(suite.discover(), only);
    if (recipes.isEmpty()) {
      return Stream.of(
          dynamicTest("no golden cases: " + GoldenSuite.FIXTURES + "/ has no recipe folders", () -> {}));
    }
    GoldenRun run = new GoldenRun(suite, recipes, update, GoToolchain.find());
    return recipes.stream()
        .map(recipe -> dynamicContainer(recipe.recipe(), recipe.recipeFile().toUri(), tests(suite, run, recipe)));
  }

  private static Stream<DynamicNode> tests(
      GoldenSuite suite, GoldenRun run, GoldenSuite.RecipeCases recipe) {
    List<DynamicNode> tests = new ArrayList<>();
    for (GoldenCase c : recipe.cases()) {
      tests.add(
          dynamicTest(c.name(), c.fixture().toUri(), () -> {
            GoldenResult r = run.result(recipe, c);
            assertTrue(r.passed(), () -> r.report() + hint(r, recipe.recipe()));
          }));
      tests.add(
          dynamicTest(c.name() + ": gofmt", c.fixture().toUri(), () -> {
            GoldenRun.GoChecks checks = goChecks(run, c);
            List<String> problems = checks.gofmtProblems(c);
            assertTrue(problems.isEmpty(),
                c.relativePath() + ": output is not gofmt-clean:\n  " + String.join("\n  ", problems));
          }));
      tests.add(
          dynamicTest(c.name() + ": go vet", c.fixture().toUri(), () -> {
            GoldenRun.GoChecks checks = goChecks(run, c);
            assumeTrue(checks.vettable(c),
                () -> c.relativePath() + " needs go " + checks.version(c) + " but "
                    + checks.toolchain() + " is installed: skipping go vet");
            List<String> problems = checks.vetProblems(c);
            assertTrue(problems.isEmpty(),
                c.relativePath() + ": go vet of the output (module go " + checks.version(c)
                    + ") says:\n  " + String.join("\n  ", problems));
          }));
    }
    tests.add(
        dynamicTest("changing and unchanged cases", recipe.recipeFile().toUri(), () -> {
          List<String> problems = suite.folderProblems(recipe);
          assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    return tests.stream();
  }

  /** How to rewrite the golden, when only the golden is off. */
  private static String hint(GoldenResult r, String recipe) {
    if (r.status().ok() || r.status() == dev.gofix.recipe.GoldenStatus.NOT_RUN
        || !r.problems().isEmpty()) {
      return "";
    }
    return "if the new output is right, rewrite the golden with:\n  ./mvnw -q -o test"
        + " -Dtest=GoldenTest -Dgolden.update=true -Dgolden.recipe=" + recipe + "\n";
  }

  private static GoldenRun.GoChecks goChecks(GoldenRun run, GoldenCase c) {
    assumeTrue(GoToolchain.find().isPresent(), GoToolchain.absentMessage());
    GoldenRun.GoChecks checks = run.checks();
    assumeTrue(checks.has(c),
        c.relativePath() + " gave no output to check: see the case's own test");
    return checks;
  }
}
