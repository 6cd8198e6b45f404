package dev.gofix.recipe;

import java.nio.file.Path;
import java.util.List;

/** Reads recipe YAML files into {@link Recipe}s, with every mistake at its line and column. */
public final class RecipeLoader {

  /** Recipes read from files, and the errors of the files that could not be read. */
  public record Loaded(List<Recipe> recipes, List<RecipeError> errors) {}

  /** One recipe file. */
  public Loaded loadFile(Path file) {
    throw new UnsupportedOperationException("TODO(#3)");
  }

  /** Every {@code *.yaml} file of a directory, sorted by name; ids must be unique. */
  public Loaded loadDirectory(Path dir) {
    throw new UnsupportedOperationException("TODO(#3)");
  }

  /** The recipes shipped in gofix's own {@code codemods/} directory (inside the jar). */
  public Loaded builtins() {
    throw new UnsupportedOperationException("TODO(#3)");
  }
}
