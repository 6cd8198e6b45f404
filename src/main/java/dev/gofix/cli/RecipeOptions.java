package dev.gofix.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that {@code apply}, {@code diff} and {@code check} share. */
final class RecipeOptions {
  @Option(
      names = "--recipe",
      paramLabel = "ID",
      description =
        "A recipe to run (repeatable). 'all' (the default) runs every safe and report recipe; a review recipe runs only when named.")
  List<String> recipes = List.of();

  @Option(
      names = "--recipes",
      paramLabel = "DIR",
      description = "A directory of your own recipes, beside the built-in ones (default: .gofix/ at the module root).")
  Path recipesDir;

  @Option(
      names = "--go",
      paramLabel = "1.N",
      description = "The Go version of files whose version neither a //go:build line nor go.mod gives.")
  String go;

  @Option(
      names = "--include-generated",
      description = "Also process files marked '// Code generated ... DO NOT EDIT.'.")
  boolean includeGenerated;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default), json or sarif.")
  ReportWriter.Format format = ReportWriter.Format.text;

  @Parameters(arity = "1..*", paramLabel = "PATTERN", description = "file.go, dir, or dir/...")
  List<String> patterns;
}
