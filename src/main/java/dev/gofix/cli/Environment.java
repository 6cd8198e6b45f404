package dev.gofix.cli;

import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.RecipeRunner;
import dev.gofix.recipe.RunOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the commands take from the world outside their arguments: the recipe loader, the recipe
 * runner, the working directory, the {@code go} tool and whether stderr is a terminal. {@link
 * #system()} is the real one; tests pass their own to {@link Main#run(String[],
 * java.io.PrintWriter, java.io.PrintWriter, Environment)}.
 */
interface Environment {

  /** The recipes shipped with gofix. */
  RecipeLoader.Loaded builtins();

  /** The recipes shipped with gofix, read in full where {@code wanted} says so (or all). */
  default RecipeLoader.Loaded builtins(RecipeLoader.Wanted wanted) {
    return builtins();
  }

  /** The recipes of a user's directory. */
  RecipeLoader.Loaded loadDirectory(Path dir);

  /** A runner of the given recipes. */
  PackageRunner runner(List<Recipe> recipes, RunOptions options);

  /** The absolute directory that relative patterns and printed paths are relative to. */
  Path workingDirectory();

  /** The {@code go} executable, when there is one on the PATH. */
  Optional<Path> goTool();

  /** Whether progress may be shown: a console, and stderr is a terminal. */
  boolean interactive();

  /** Whether this is a CI run ({@code CI} set and not false), where goldens are never written. */
  default boolean ci() {
    return dev.gofix.recipe.GoldenSuite.isCi(System.getenv());
  }

  /** The real environment: gofix's loader and runner, the process's directory and PATH. */
  static Environment system() {
    return new Environment() {
      @Override
      public RecipeLoader.Loaded builtins() {
        return new RecipeLoader().builtins();
      }

      @Override
      public RecipeLoader.Loaded builtins(RecipeLoader.Wanted wanted) {
        return new RecipeLoader().builtins(wanted);
      }

      @Override
      public RecipeLoader.Loaded loadDirectory(Path dir) {
        return new RecipeLoader().loadDirectory(dir);
      }

      @Override
      public PackageRunner runner(List<Recipe> recipes, RunOptions options) {
        return new RecipeRunner(recipes, options)::run;
      }

      @Override
      public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
      }

      @Override
      public Optional<Path> goTool() {
        return onPath("go");
      }

      @Override
      public boolean interactive() {
        return System.console() != null && stderrIsTerminal();
      }
    };
  }

  /** An executable of that name in a directory of the PATH. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link
   * names the device. Elsewhere this says no, and no progress is shown.
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
