package dev.gofix.cli;

import dev.gofix.diff.UnifiedDiff;
import dev.gofix.recipe.Recipe;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A before/after example of a recipe, from its test cases: the inputs are the {@code .go} files
 * below {@code fixtures/<id>/}, and each one's expected output is the file at the same relative
 * path below {@code golden/<id>/}. The example is the first input, in path order, whose golden
 * differs from it, shown as a unified diff; failing that, the first non-empty golden diff
 * {@code golden/<id>/<case>.diff}, as the golden tests keep them.
 *
 * <p>{@code fixtures/} and {@code golden/} are looked for beside the recipe's directory ({@code
 * DIR/../fixtures/<id>} for a recipe in {@code DIR}), then in the working directory, which finds
 * the built-in recipes' cases when gofix runs from its repository.
 *
 * @param name the input's path, such as {@code fixtures/slice-copy/escape.go}
 * @param diff the diff from input to golden
 */
record FixtureExample(String name, String diff) {

  static Optional<FixtureExample> find(Recipe recipe, Path workingDirectory) throws IOException {
    List<Path> bases = new ArrayList<>();
    Path file = recipe.file();
    if (file != null && file.getFileSystem() == FileSystems.getDefault()) {
      Path dir = file.toAbsolutePath().normalize().getParent();
      if (dir != null && dir.getParent() != null) {
        bases.add(dir.getParent());
      }
    }
    bases.add(workingDirectory);
    for (int round = 0; round < 2; round++) {
    for (Path base : bases) {
      Path fixtures = base.resolve("fixtures").resolve(recipe.id());
      Path golden = base.resolve("golden").resolve(recipe.id());
      if (!Files.isDirectory(fixtures)) {
        continue;
      }
      List<Path> inputs;
      try (Stream<Path> walk = Files.walk(fixtures)) {
        inputs = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
      }
      for (Path input : inputs) {
        Path relative = fixtures.relativize(input);
        Path expected = golden.resolve(relative.toString());
        Path diff = golden.resolve(relative.toString().replaceAll("\\.go$", ".diff"));
        if (round == 1 && !Files.isRegularFile(expected) && Files.isRegularFile(diff)) {
          // A golden diff (as the golden tests keep them): the example is the diff itself.
          String text = Files.readString(diff);
          if (!text.isBlank()) {
            String path = relative.toString().replace('\\', '/');
            return Optional.of(new FixtureExample("fixtures/" + recipe.id() + "/" + path, text));
          }
          continue;
        }
        if (round == 1 || !Files.isRegularFile(expected)) {
          continue;
        }
        String before = Files.readString(input);
        String after = Files.readString(expected);
        if (!before.equals(after)) {
          String path = relative.toString().replace('\\', '/');
          return Optional.of(
              new FixtureExample(
                  "fixtures/" + recipe.id() + "/" + path, UnifiedDiff.of(path, before, after)));
        }
      }
    }
    }
    return Optional.empty();
  }
}
