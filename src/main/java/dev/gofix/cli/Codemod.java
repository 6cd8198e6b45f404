package dev.gofix.cli;

import dev.gofix.diff.FileChange;
import dev.gofix.diff.UnifiedDiff;
import dev.gofix.recipe.Finding;
import dev.gofix.recipe.GoVersion;
import dev.gofix.recipe.Recipe;
import dev.gofix.recipe.RunOptions;
import dev.gofix.syntax.SyntaxError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;

/**
 * The work of {@code apply}, {@code diff} and {@code check}: load and select the recipes, find the
 * files, run, verify, write, commit, report, and choose the exit code.
 *
 * <p>Usage errors (2) and bad recipes (3) stop the run before any file is read; patterns that name
 * nothing stop it (5) before any file is changed. Later problems do not stop it: a file with syntax
 * errors is reported and left alone, a file that cannot be read or written is reported, and the
 * other files go on. The exit code is the first that applies of: 70 internal error, 2 usage, 3 bad
 * recipe, 5 I/O error, 4 syntax errors, 1 changes or findings (when asked for), 0.
 */
final class Codemod {

  /** What a command asks for. */
  record Request(
      String command,
      RecipeOptions options,
      boolean write,
      boolean showDiff,
      boolean exitOneOnChange,
      boolean verify,
      boolean commit,
      Optional<Path> prBody,
      List<String> arguments) {}

  private final Environment env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final String version;

  Codemod(Environment env, PrintWriter out, PrintWriter err, String version) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.version = version;
  }

  int run(Request request) throws IOException {
    ExecutorService pool = CodemodRun.pool();
    try {
      return run(request, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What the files of a run are, once listed, and by directory. */
  private record Listing(SourceFiles sources, RunRoot root, List<List<InputFile>> directories) {}

  private int run(Request request, ExecutorService pool) throws IOException {
    RecipeOptions options = request.options();
    Optional<GoVersion> go = Optional.empty();
    if (options.go != null) {
      try {
        go = Optional.of(GoVersion.parse(options.go));
      } catch (IllegalArgumentException e) {
        err.println("gofix: --go: " + e.getMessage());
        return ExitCode.USAGE;
      }
    }
    Path wd = env.workingDirectory();
    // Over a large tree, listing its files takes about as long as reading the recipes (about
    // 100 ms each over GOROOT/src, on a cold JVM): it goes on meanwhile, on a thread of its own.
    // No file is read before the recipes are known to be right.
    FutureTask<Listing> listing = new FutureTask<>(() -> {
      SourceFiles sources = SourceFiles.resolve(wd, options.patterns);
      if (!sources.problems().isEmpty()) {
        return new Listing(sources, null, null);
      }
      RunRoot root = RunRoot.of(wd, sources.files());
      return new Listing(sources, root, CodemodRun.directories(sources, root));
    });
    Thread lister = new Thread(listing, "gofix-list");
    lister.setDaemon(true);
    lister.start();
    RecipeCatalog catalog = RecipeCatalog.load(env, Optional.ofNullable(options.recipesDir), start(wd, options.patterns), options.recipes);
    if (!catalog.errors().isEmpty()) {
      catalog.errors().forEach(err::println);
      return ExitCode.BAD_RECIPE;
    }
    List<Recipe> recipes;
    try {
      recipes = catalog.select(options.recipes);
    } catch (IllegalArgumentException e) {
      err.println("gofix: " + e.getMessage() + " (gofix list shows the recipes)");
      return ExitCode.USAGE;
    }
    // The runner (its pre-filters, 13-15 ms on a cold JVM) is made while the listing may still run.
    PackageRunner runner = env.runner(recipes, new RunOptions(go, options.includeGenerated));
    Listing listed = joined(listing);
    SourceFiles sources = listed.sources();
    if (!sources.problems().isEmpty()) {
      sources.problems().forEach(p -> err.println("gofix: " + p));
      return ExitCode.IO;
    }
    RunRoot root = listed.root();
    Progress progress = new Progress(err, sources.files().size(), env.interactive());
    CodemodRun.Outcome outcome =
        new CodemodRun(runner, pool, options.includeGenerated).run(listed.directories(), progress);
    List<String> ioErrors = new ArrayList<>(outcome.ioErrors());
    List<FileOutcome> files = new ArrayList<>(outcome.files());
    boolean syntaxErrors = false;
    for (FileOutcome file : files) {
      for (SyntaxError e : file.result().errors()) {
        err.println(file.path() + ":" + e.line() + ":" + e.column() + ": " + e.message());
        syntaxErrors = true;
      }
    }
    ioErrors.forEach(e -> err.println("gofix: " + e));
    if (request.verify() && files.stream().anyMatch(FileOutcome::changed)) {
      if (!verify(files)) {
        ioErrors.add("--verify failed");
      }
    }

    List<FileOutcome> changed = files.stream().filter(FileOutcome::changed).toList();
    List<FileChange> changes = new ArrayList<>();
    for (FileOutcome f : changed) {
      changes.add(new FileChange(f.path(), f.result().before(), f.result().after()));
    }
    // check shows no diff, in any format: none is made (25 ms over GOROOT/src's 137 changed files).
    String diff = request.command().equals("check") ? "" : UnifiedDiff.of(changes);
    RunReport report = new RunReport(request.command(), recipes, List.copyOf(files), diff, request.showDiff());
    String commandLine = CommandText.of(request.arguments());

    Optional<GitRepository> repository = Optional.empty();
    String branch = null;
    if (request.commit() && request.write() && !changed.isEmpty()) {
      repository = GitRepository.at(root.dir());
      if (repository.isEmpty()) {
        err.println("gofix: --commit: " + root.dir() + " is not in a git work tree; nothing written");
        return ExitCode.USAGE;
      }
      branch = "gofix/" + String.join("+", fixingRecipes(report));
      if (repository.get().branchExists(branch)) {
        err.println("gofix: --commit: branch " + branch + " already exists; nothing written");
        return ExitCode.USAGE;
      }
    }

    List<Path> written = new ArrayList<>();
    if (request.write()) {
      for (FileOutcome f : changed) {
        try {
          AtomicWriter.write(f.file(), f.result().after());
          written.add(f.file());
        } catch (IOException e) {
          String message = f.path() + ": cannot write: " + e.getMessage();
          err.println("gofix: " + message);
          ioErrors.add(message);
        }
      }
    }
    if (repository.isPresent() && !written.isEmpty()) {
      try {
        repository.get().commitOnNewBranch(branch, written, commitMessage(commandLine, report));
      } catch (IOException e) {
        err.println("gofix: --commit: " + e.getMessage());
        ioErrors.add(e.getMessage());
      }
    }
    if (request.prBody().isPresent()) {
      Path body = wd.resolve(request.prBody().get());
      try {
        AtomicWriter.write(body, PrBody.of(commandLine, report));
      } catch (IOException e) {
        err.println("gofix: --pr-body: cannot write " + body + ": " + e.getMessage());
        ioErrors.add(e.getMessage());
      }
    }

    options.format.writer(version).write(report, out, err);

    if (!ioErrors.isEmpty()) {
      return ExitCode.IO;
    }
    if (syntaxErrors) {
      return ExitCode.SYNTAX;
    }
    if (report.check() && !report.findings().isEmpty()) {
      return ExitCode.FOUND;
    }
    if (request.exitOneOnChange() && !changed.isEmpty()) {
      return ExitCode.FOUND;
    }
    return ExitCode.OK;
  }

  /** Where the module root (and so {@code .gofix/}) is looked for: the first pattern's base. */
  private static Path start(Path wd, List<String> patterns) {
    String first = patterns.get(0);
    if (first.equals("...")) {
      first = ".";
    } else if (first.endsWith("/...")) {
      first = first.substring(0, first.length() - 4);
    }
    return wd.resolve(first.isEmpty() ? "." : first).normalize();
  }

  /**
   * Type-checks every directory with changes ({@code --verify}) and drops the changes of those
   * that no longer pass. Returns false when go could not be run.
   */
  private boolean verify(List<FileOutcome> files) {
    Optional<Path> go = env.goTool();
    if (go.isEmpty()) {
      err.println("gofix: warning: --verify: go is not on the PATH; the changes are written unverified");
      return true;
    }
    GoVerifier verifier = new GoVerifier(go.get());
    Map<Path, Map<Path, String>> byDir = new LinkedHashMap<>();
    for (FileOutcome f : files) {
      if (f.changed()) {
        byDir.computeIfAbsent(f.file().toAbsolutePath().getParent(), d -> new LinkedHashMap<>())
            .put(f.file(), f.result().after());
      }
    }
    boolean ok = true;
    for (var entry : byDir.entrySet()) {
      Optional<String> broken;
      try {
        broken = verifier.check(entry.getKey(), entry.getValue());
      } catch (IOException e) {
        err.println("gofix: --verify: " + entry.getKey() + ": " + e.getMessage());
        broken = Optional.of("go could not be run");
        ok = false;
      }
      if (broken.isPresent()) {
        for (int i = 0; i < files.size(); i++) {
          FileOutcome f = files.get(i);
          if (entry.getValue().containsKey(f.file())) {
            err.println(f.path() + ": [verify] fixes dropped: " + broken.get());
            files.set(i, f.withoutChanges());
          }
        }
      }
    }
    return ok;
  }

  /** The ids of the recipes whose fixes are among the changes, sorted. */
  private static List<String> fixingRecipes(RunReport report) {
    TreeSet<String> ids = new TreeSet<>();
    for (FileOutcome f : report.files()) {
      if (f.changed()) {
        f.result().findings().stream().filter(Finding::fixed).forEach(x -> ids.add(x.recipe()));
      }
    }
    if (ids.isEmpty()) {
      report.recipes().forEach(r -> ids.add(r.id()));
    }
    return List.copyOf(ids);
  }

  private static String commitMessage(String commandLine, RunReport report) {
    List<String> ids = fixingRecipes(report);
    StringBuilder message = new StringBuilder("gofix: apply " + String.join(", ", ids) + "\n\n");
    message.append("Made by running:\n\n    ").append(commandLine).append("\n\nRecipes:\n");
    for (Recipe recipe : report.recipes()) {
      if (ids.contains(recipe.id())) {
        message.append("- ").append(recipe.id()).append(" (").append(recipe.safety().label())
            .append("): ").append(recipe.summary().strip()).append("\n");
      }
    }
    return message.toString();
  }

  /** The listing's result, once the thread that lists the files is done. */
  private static Listing joined(FutureTask<Listing> listing) {
    try {
      return listing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing the files", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
