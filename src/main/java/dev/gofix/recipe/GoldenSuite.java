package dev.gofix.recipe;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden cases of a directory laid out as {@code codemods/RECIPE.yaml},
 * {@code fixtures/RECIPE/CASE.go} and {@code golden/RECIPE/CASE.diff}: finds them, loads their
 * recipes, and checks each recipe's set of cases as a whole.
 *
 * <p>A recipe is tested when {@code fixtures/} has a folder of its name; each {@code .go} file
 * directly in that folder is one case (a one-file package).
 */
public final class GoldenSuite {
  public static final String CODEMODS = "codemods";
  public static final String FIXTURES = "fixtures";
  public static final String GOLDEN = "golden";

  private final Path root;

  public GoldenSuite(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * The cases of one recipe folder of {@code fixtures/}, sorted by name.
   *
   * @param recipeFile {@code codemods/RECIPE.yaml}, which may not exist
   */
  public record RecipeCases(String recipe, Path recipeFile, List<GoldenCase> cases) {
    public RecipeCases {
      cases = List.copyOf(cases);
    }

    public boolean hasRecipeFile() {
      return Files.isRegularFile(recipeFile);
    }
  }

  /**
   * Every recipe folder of {@code fixtures/} with its cases, sorted by name; empty when there is
   * no {@code fixtures/} directory. Names starting with {@code .} are skipped.
   */
  public List<RecipeCases> discover() {
    Path fixtures = root.resolve(FIXTURES);
    if (!Files.isDirectory(fixtures)) {
      return List.of();
    }
    List<RecipeCases> all = new ArrayList<>();
    for (Path dir : list(fixtures)) {
      String recipe = dir.getFileName().toString();
      if (!Files.isDirectory(dir) || recipe.startsWith(".")) {
        continue;
      }
      List<GoldenCase> cases = new ArrayList<>();
      for (Path file : list(dir)) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && name.endsWith(".go") && !name.startsWith(".")) {
          cases.add(new GoldenCase(root, recipe, name.substring(0, name.length() - 3)));
        }
      }
      all.add(new RecipeCases(recipe, recipeFile(recipe), cases));
    }
    return all;
  }

  /** {@code codemods/RECIPE.yaml}. */
  public Path recipeFile(String recipe) {
    return root.resolve(CODEMODS).resolve(recipe + ".yaml");
  }

  /**
   * Loads a recipe folder's recipe.
   *
   * @throws IllegalStateException with every reason when the file is absent or does not load
   */
  public Recipe loadRecipe(RecipeCases cases) {
    String file = CODEMODS + "/" + cases.recipe() + ".yaml";
    if (!cases.hasRecipeFile()) {
      throw new IllegalStateException(
          FIXTURES + "/" + cases.recipe() + "/ has no recipe: " + file + " does not exist");
    }
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(cases.recipeFile());
    if (!loaded.errors().isEmpty()) {
      throw new IllegalStateException(
          file + " does not load:\n"
              + loaded.errors().stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
    }
    if (loaded.recipes().size() != 1) {
      throw new IllegalStateException(
          file + " gave " + loaded.recipes().size() + " recipes instead of one");
    }
    return loaded.recipes().get(0);
  }

  /** Whether the folder's recipe loads and has safety {@code report}. */
  private boolean reportOnly(RecipeCases cases) {
    if (!cases.hasRecipeFile()) {
      return false;
    }
    RecipeLoader.Loaded loaded = new RecipeLoader().loadFile(cases.recipeFile());
    return loaded.errors().isEmpty() && loaded.recipes().size() == 1
        && loaded.recipes().get(0).safety() == Safety.REPORT;
  }

  /**
   * A runner of one recipe over a one-file package, with the default options, as golden cases
   * run it.
   */
  public static Function<GoSource, FileResult> runnerFor(Recipe recipe) {
    RecipeRunner runner = new RecipeRunner(List.of(recipe), RunOptions.DEFAULT);
    return source -> {
      List<FileResult> results = runner.run(List.of(source));
      if (results.size() != 1) {
        throw new IllegalStateException(
            "the runner gave " + results.size() + " results for one file");
      }
      return results.get(0);
    };
  }

  /**
   * What is wrong with a recipe folder as a whole, from the goldens on disk: it has no recipe
   * file, lacks a case that changes (a non-empty golden) or one that does not (an empty golden),
   * a report-only recipe (safety {@code report}, which never edits) has a non-empty golden, or its {@code golden/} folder has a golden without a fixture. Empty when all is well.
   */
  public List<String> folderProblems(RecipeCases cases) {
    List<String> problems = new ArrayList<>();
    String folder = FIXTURES + "/" + cases.recipe() + "/";
    if (!cases.hasRecipeFile()) {
      problems.add(folder + " has no recipe: " + CODEMODS + "/" + cases.recipe()
          + ".yaml does not exist");
    }
    int changing = 0;
    int unchanged = 0;
    for (GoldenCase c : cases.cases()) {
      Path golden = c.golden();
      if (Files.isRegularFile(golden)) {
        if (size(golden) > 0) {
          changing++;
        } else {
          unchanged++;
        }
      }
    }
    if (reportOnly(cases)) {
      if (changing > 0) {
        problems.add(folder + " belongs to a report-only recipe, which never edits, yet has "
            + changing + " non-empty golden" + (changing == 1 ? "" : "s"));
      }
    } else if (changing == 0 || unchanged == 0) {
      problems.add(folder + " needs at least one case that changes (a non-empty golden) and one"
          + " that does not (an empty golden); it has " + changing + " changing and " + unchanged
          + " unchanged");
    }
    Path goldenDir = root.resolve(GOLDEN).resolve(cases.recipe());
    if (Files.isDirectory(goldenDir)) {
      List<String> names = cases.cases().stream().map(GoldenCase::name).toList();
      for (Path golden : list(goldenDir)) {
        String name = golden.getFileName().toString();
        if (name.endsWith(".diff")
            && !names.contains(name.substring(0, name.length() - ".diff".length()))) {
          problems.add(GOLDEN + "/" + cases.recipe() + "/" + name + " has no fixture "
              + folder + name.substring(0, name.length() - ".diff".length()) + ".go");
        }
      }
    }
    return problems;
  }

  /**
   * Whether the environment is a CI run: {@code CI} is set, non-empty and not {@code false}.
   */
  public static boolean isCi(Map<String, String> env) {
    String ci = env.get("CI");
    return ci != null && !ci.isBlank() && !ci.strip().equalsIgnoreCase("false");
  }

  /**
   * Refuses update mode in CI, where goldens must be checked, not written.
   *
   * @throws IllegalStateException when {@link #isCi} holds
   */
  public static void checkUpdateAllowed(Map<String, String> env) {
    if (isCi(env)) {
      throw new IllegalStateException(
          "refusing to update goldens in CI (CI=" + env.get("CI") + "): goldens are written"
              + " only on a developer's machine; run without update mode");
    }
  }

  /** The recipe folders to test: all, or only the one named when a name is given. */
  public List<RecipeCases> select(List<RecipeCases> all, Optional<String> only) {
    if (only.isEmpty()) {
      return all;
    }
    List<RecipeCases> one =
        all.stream().filter(c -> c.recipe().equals(only.get())).toList();
    if (one.isEmpty()) {
      throw new IllegalArgumentException(
          "no fixtures for recipe \"" + only.get() + "\": " + FIXTURES + "/" + only.get()
              + "/ does not exist");
    }
    return one;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
