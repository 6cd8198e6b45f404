package dev.gofix.cli;

import dev.gofix.recipe.Finding;
import dev.gofix.recipe.Recipe;
import java.util.Comparator;
import java.util.List;

/**
 * What a recipe command has to show once its files are processed.
 *
 * @param command {@code apply}, {@code diff} or {@code check}
 * @param recipes the recipes that ran, sorted by id
 * @param files the files processed, sorted by path, with the changes that were kept
 * @param diff the unified diff of the kept changes
 * @param showDiff whether the diff is part of the output ({@code diff}, {@code apply --dry-run})
 */
record RunReport(
    String command, List<Recipe> recipes, List<FileOutcome> files, String diff, boolean showDiff) {

  static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.path().toString())
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::recipe)
          .thenComparing(Finding::rule);

  boolean check() {
    return command.equals("check");
  }

  /** Every finding, sorted by path, line, column and recipe. */
  List<Finding> findings() {
    return files.stream().flatMap(f -> f.result().findings().stream()).sorted(ORDER).toList();
  }
}
