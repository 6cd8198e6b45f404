package dev.gofix.recipe;

/** A mistake in a recipe file, at its YAML line and column: {@code file:line:col: message}. */
public record RecipeError(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
