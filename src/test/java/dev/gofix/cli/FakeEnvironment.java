package dev.gofix.cli;

import dev.gofix.match.TestPatterns;
import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.Finding;
import dev.gofix.recipe.GoVersionRange;
import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RecipeError;
import dev.gofix.recipe.RecipeLoader;
import dev.gofix.recipe.Rule;
import dev.gofix.recipe.RunOptions;
import dev.gofix.recipe.Safety;
import dev.gofix.rewrite.FixAction;
import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An environment for command tests while the real loader and runner are being written.
 *
 * <p>Built-in recipes: {@code interface-any} (safe: {@code interface{}} becomes {@code any}, one
 * fixed finding each), {@code todo-report} (report: one finding per {@code TODO}), {@code
 * break-build} (review: a line {@code // BREAK} becomes {@code undefinedThing()}, which does not
 * compile). A user directory holds {@code ID.yaml} files; one whose text has a line {@code
 * error: MESSAGE} fails to load with that message at line 2, column 3; {@code safety: X} sets the
 * safety, and {@code replace: OLD => NEW} a textual fix.
 */
class FakeEnvironment implements Environment {
  final Path workingDirectory;
  Optional<Path> go = Environment.onPath("go");
  /** The package sizes the runner was called with, in no particular order. */
  final List<List<String>> packages = java.util.Collections.synchronizedList(new ArrayList<>());

  FakeEnvironment(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  static Recipe recipe(String id, Safety safety, String summary, String pattern, Path file) {
    Rule rule =
        new Rule(
            "main",
            TestPatterns.of(pattern),
            List.of(),
            safety == Safety.REPORT ? List.of() : List.of(new FixAction.Replace("match", "any")),
            Optional.empty());
    return new Recipe(
        id, summary, "The description of " + id + ".", safety,
        id.equals("interface-any") ? GoVersionRange.parse(">=1.18") : GoVersionRange.ANY,
        List.of(rule), file);
  }

  @Override
  public RecipeLoader.Loaded builtins() {
    Path codemods = Path.of("codemods");
    return new RecipeLoader.Loaded(
        List.of(
            recipe("break-build", Safety.REVIEW, "Breaks the build (for tests).", "// BREAK", codemods.resolve("break-build.yaml")),
            recipe("interface-any", Safety.SAFE, "interface{} becomes any.", "interface{}", codemods.resolve("interface-any.yaml")),
            recipe("todo-report", Safety.REPORT, "Reports TODO comments.", "// TODO", codemods.resolve("todo-report.yaml"))),
        List.of());
  }

  /** As the real loader: the unwanted built-ins are passed over, known by id and file only. */
  @Override
  public RecipeLoader.Loaded builtins(RecipeLoader.Wanted wanted) {
    List<Recipe> read = new ArrayList<>();
    java.util.Map<String, Path> passedOver = new java.util.LinkedHashMap<>();
    for (Recipe r : builtins().recipes()) {
      if (wanted.test(r.id(), r.safety())) {
        read.add(r);
      } else {
        passedOver.put(r.id(), r.file());
      }
    }
    builtinsRead.add(read.stream().map(Recipe::id).toList());
    return new RecipeLoader.Loaded(read, List.of(), passedOver);
  }

  /** The ids of the built-ins each catalog load read in full. */
  final List<List<String>> builtinsRead = new ArrayList<>();

  @Override
  public RecipeLoader.Loaded loadDirectory(Path dir) {
    List<Recipe> recipes = new ArrayList<>();
    List<RecipeError> errors = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        Safety safety = Safety.SAFE;
        String replace = "";
        String error = null;
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("error: ")) {
            error = line.substring(7);
          } else if (line.startsWith("safety: ")) {
            safety = Safety.valueOf(line.substring(8).strip().toUpperCase());
          } else if (line.startsWith("replace: ")) {
            replace = line.substring(9);
          }
        }
        if (error != null) {
          errors.add(new RecipeError(file.toString(), 2, 3, error));
        } else {
          recipes.add(recipe(id, safety, "User recipe " + id + ".", replace, file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RecipeLoader.Loaded(recipes, errors);
  }

  @Override
  public PackageRunner runner(List<Recipe> recipes, RunOptions options) {
    return files -> {
      packages.add(files.stream().map(GoSource::path).toList());
      GoFileParser parser = new GoFileParser();
      List<FileResult> results = new ArrayList<>();
      for (GoSource source : files) {
        ParsedFile parsed = parser.parse(source);
        Path path = Path.of(source.path());
        if (parsed.hasErrors()) {
          results.add(new FileResult(path, source.text(), source.text(), List.of(), parsed.errors()));
          continue;
        }
        String text = source.text();
        List<Finding> findings = new ArrayList<>();
        for (Recipe recipe : recipes) {
          String from;
          String to;
          switch (recipe.id()) {
            case "interface-any" -> { from = "interface{}"; to = "any"; }
            case "todo-report" -> { from = "TODO"; to = null; }
            case "break-build" -> { from = "// BREAK"; to = "undefinedThing()"; }
            default -> {
              String[] parts = recipe.rules().get(0).match().source().text().split(" => ");
              if (parts.length != 2) {
                continue;
              }
              from = parts[0];
              to = parts[1];
            }
          }
          findings.addAll(find(text, from, recipe, path, to != null));
          if (to != null) {
            text = text.replace(from, to);
          }
        }
        results.add(new FileResult(path, source.text(), text, findings, List.of()));
      }
      return results;
    };
  }

  private static List<Finding> find(String text, String what, Recipe recipe, Path path, boolean fixed) {
    List<Finding> findings = new ArrayList<>();
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String message = fixed ? "use the fix of " + recipe.id() : "found " + what;
      int column = text.substring(lineStart, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
      findings.add(new Finding(recipe.id(), "main", recipe.safety(), path, line, column, message, fixed));
    }
    return findings;
  }

  @Override
  public Path workingDirectory() {
    return workingDirectory;
  }

  @Override
  public Optional<Path> goTool() {
    return go;
  }

  @Override
  public boolean interactive() {
    return false;
  }
}
