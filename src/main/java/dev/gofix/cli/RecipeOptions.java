package dev.gofix.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The options that {@code apply}, {@code diff} and {@code check} share, as given. */
final class RecipeOptions {
  final List<String> recipes;
  final Path recipesDir;
  final String go;
  final boolean includeGenerated;
  final ReportWriter.Format format;
  final List<String> patterns;

  private RecipeOptions(CommandSpec spec) {
    this.recipes = Commands.value(spec, "--recipe");
    this.recipesDir = Commands.value(spec, "--recipes");
    this.go = Commands.value(spec, "--go");
    this.includeGenerated = Commands.value(spec, "--include-generated");
    this.format = Commands.value(spec, "--format");
    this.patterns = Commands.positional(spec);
  }

  /** Adds the shared options (and the PATTERN parameters) to a command. */
  static void addTo(CommandSpec spec) {
    spec.addOption(Commands.repeatable("--recipe", "ID",
        "A recipe to run (repeatable). 'all' (the default) runs every safe recipe; a review or report recipe runs only when named."));
    spec.addOption(Commands.option("--recipes", "DIR", Path.class,
        "A directory of your own recipes, beside the built-in ones (default: .gofix/ at the module root)."));
    spec.addOption(Commands.option("--go", "1.N", String.class,
        "The Go version of files whose version neither a //go:build line nor go.mod gives."));
    spec.addOption(Commands.flag("Also process files marked '// Code generated ... DO NOT EDIT.'.",
        "--include-generated"));
    spec.addOption(OptionSpec.builder("--format")
        .paramLabel("FORMAT")
        .type(ReportWriter.Format.class)
        .defaultValue("text")
        .description("text (default), json or sarif.")
        .build());
    spec.addPositional(Commands.positional("1..*", "PATTERN", List.class, "file.go, dir, or dir/..."));
  }

  /** The shared options of a parsed command. */
  static RecipeOptions of(CommandSpec spec) {
    return new RecipeOptions(spec);
  }
}
