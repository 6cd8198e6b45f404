package dev.gofix.cli;

import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeError;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.Safety;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recipes a run can use: the built-ins and those of the user's directory ({@code --recipes
 * DIR}, else a {@code .gofix/} directory at the module root), which sit beside each other. An id
 * that both define is an error, like a recipe file that does not load.
 *
 * @param recipes sorted by id
 * @param errors {@code file:line:col: message} lines; the run stops with exit 3 when there are any
 * @param userDirectory the user's recipe directory that was read, if any
 */
record RecipeCatalog(List<Recipe> recipes, List<String> errors, Optional<Path> userDirectory) {

  /** The name of the directory of project recipes at the module root. */
  static final String PROJECT_DIRECTORY = ".gofix";

  static RecipeCatalog load(Environment env, Optional<Path> recipesOption, Path start) {
    return load(env, recipesOption, start, RecipeLoader.Wanted.ALL);
  }

  /**
   * The catalog with the built-ins that {@code --recipe} values select read in full; the other
   * built-ins are known by id only (to tell clashes and unknown ids), and {@link #select} with
   * the same values finds what it needs. The user's recipes are always read in full, so that
   * their errors show.
   */
  static RecipeCatalog load(Environment env, Optional<Path> recipesOption, Path start, List<String> ids) {
    List<String> names = names(ids);
    return load(env, recipesOption, start, (id, safety) -> selects(names, id, safety));
  }

  private static RecipeCatalog load(
      Environment env, Optional<Path> recipesOption, Path start, RecipeLoader.Wanted wanted) {
    Optional<Path> userDir =
        recipesOption
            .map(d -> env.workingDirectory().resolve(d).normalize())
            .or(() -> moduleRoot(start).map(r -> r.resolve(PROJECT_DIRECTORY)).filter(Files::isDirectory));
    List<String> errors = new ArrayList<>();
    Map<String, Recipe> byId = new LinkedHashMap<>();
    RecipeLoader.Loaded builtins = env.builtins(wanted);
    add(builtins, byId, errors);
    if (userDir.isPresent()) {
      if (!Files.isDirectory(userDir.get())) {
        errors.add(userDir.get() + ": not a directory");
      } else {
        RecipeLoader.Loaded user = env.loadDirectory(userDir.get());
        for (Recipe recipe : user.recipes()) {
          Path builtin = builtins.passedOver().get(recipe.id());
          if (builtin != null) {
            errors.add(recipe.file() + ":1:1: recipe id \"" + recipe.id() + "\" is already defined by " + builtin);
          }
        }
        add(user, byId, errors);
      }
    }
    List<Recipe> recipes = new ArrayList<>(byId.values());
    recipes.sort(Comparator.comparing(Recipe::id));
    return new RecipeCatalog(List.copyOf(recipes), List.copyOf(errors), userDir);
  }

  private static void add(RecipeLoader.Loaded loaded, Map<String, Recipe> byId, List<String> errors) {
    for (RecipeError e : loaded.errors()) {
      errors.add(e.toString());
    }
    for (Recipe recipe : loaded.recipes()) {
      Recipe earlier = byId.putIfAbsent(recipe.id(), recipe);
      if (earlier != null) {
        errors.add(
            recipe.file() + ":1:1: recipe id \"" + recipe.id() + "\" is already defined by "
                + earlier.file());
      }
    }
  }

  /** The nearest directory at or above {@code start} with a go.mod. */
  static Optional<Path> moduleRoot(Path start) {
    Path dir = Files.isDirectory(start) ? start : start.getParent();
    for (Path d = dir == null ? null : dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("go.mod"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  Optional<Recipe> find(String id) {
    return recipes.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The recipes that {@code --recipe} values name: {@code all} is every {@code safe} recipe; a
   * {@code review} or {@code report} recipe runs only when named. No value means {@code all}.
   *
   * @throws IllegalArgumentException naming an unknown id
   */
  List<Recipe> select(List<String> ids) {
    List<String> names = names(ids);
    for (String id : names) {
      if (!id.equals("all") && find(id).isEmpty()) {
        throw new IllegalArgumentException("unknown recipe: " + id);
      }
    }
    return recipes.stream().filter(r -> selects(names, r.id(), r.safety())).toList();
  }

  private static List<String> names(List<String> ids) {
    return ids == null || ids.isEmpty() ? List.of("all") : ids;
  }

  private static boolean selects(List<String> names, String id, Safety safety) {
    return names.contains(id) || (safety == Safety.SAFE && names.contains("all"));
  }
}
