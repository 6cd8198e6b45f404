package dev.gofix.recipe;

import dev.gofix.syntax.GoSource;
import java.util.List;

/**
 * Runs recipes over the files of one package: matches every rule, applies the fixes of a pass in
 * one edit set, re-runs conflicting fixes on the result, and repeats to a fixed point.
 */
public final class RecipeRunner {
  private final List<Recipe> recipes;
  private final RunOptions options;

  public RecipeRunner(List<Recipe> recipes, RunOptions options) {
    this.recipes = List.copyOf(recipes);
    this.options = options;
  }

  /**
   * Runs on the files of one package (one directory, one package clause); returns one result per
   * file, in the order given.
   */
  public List<FileResult> run(List<GoSource> packageFiles) {
    throw new UnsupportedOperationException("TODO(#3)");
  }
}
