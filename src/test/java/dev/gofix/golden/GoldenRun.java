package dev.gofix.golden;

import dev.gofix.oracle.GoToolchain;
import dev.gofix.recipe.FileResult;
import dev.gofix.recipe.GoVersion;
import dev.gofix.recipe.GoldenCase;
import dev.gofix.recipe.GoldenResult;
import dev.gofix.recipe.GoldenSuite;
import dev.gofix.syntax.GoSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the golden cases of a suite, shared by the dynamic tests of a factory: each recipe
 * is loaded once, each case is checked once, and gofmt and go vet run once over every output the
 * first time a test asks for them.
 */
final class GoldenRun {
  private static final Pattern GO_BUILD = Pattern.compile("^//go:build\\s+(.*)$");
  private static final Pattern GO_VERSION_TAG = Pattern.compile("(!?)\\bgo1\\.(\\d+)\\b");

  private final Function<GoldenSuite.RecipeCases, Function<GoSource, FileResult>> loader;
  private final List<GoldenSuite.RecipeCases> recipes;
  private final boolean update;
  private final Optional<GoToolchain> go;

  private final Map<String, Object> runners = new HashMap<>();
  private final Map<GoldenCase, Object> results = new HashMap<>();
  private GoChecks checks;

  /** A run of the recipes of a suite, each loaded from its {@code codemods/} file. */
  GoldenRun(
      GoldenSuite suite,
      List<GoldenSuite.RecipeCases> recipes,
      boolean update,
      Optional<GoToolchain> go) {
    this(rc -> GoldenSuite.runnerFor(suite.loadRecipe(rc)), recipes, update, go);
  }

  /**
   * A run with the given runner of each recipe folder.
   *
   * @param loader gives the runner of a recipe folder, called once per folder; what it throws
   *     fails each case of the folder
   */
  GoldenRun(
      Function<GoldenSuite.RecipeCases, Function<GoSource, FileResult>> loader,
      List<GoldenSuite.RecipeCases> recipes,
      boolean update,
      Optional<GoToolchain> go) {
    this.loader = loader;
    this.recipes = List.copyOf(recipes);
    this.update = update;
    this.go = go;
  }

  /** The result of a case, checked on first use; throws when its recipe does not load. */
  synchronized GoldenResult result(GoldenSuite.RecipeCases recipe, GoldenCase c) {
    Object r = results.get(c);
    if (r == null) {
      try {
        r = c.check(runner(recipe), update);
        if (((GoldenResult) r).goldenWritten()) {
          System.out.println("golden: wrote " + c.goldenRelativePath());
        }
      } catch (RuntimeException e) {
        r = e;
      }
      results.put(c, r);
    }
    if (r instanceof RuntimeException e) {
      throw e;
    }
    return (GoldenResult) r;
  }

  @SuppressWarnings("unchecked")
  private Function<GoSource, FileResult> runner(GoldenSuite.RecipeCases recipe) {
    Object r = runners.get(recipe.recipe());
    if (r == null) {
      try {
        r = loader.apply(recipe);
      } catch (RuntimeException e) {
        r = new IllegalStateException(
            "recipe " + recipe.recipe() + " does not load: " + e.getMessage(), e);
      }
      runners.put(recipe.recipe(), r);
    }
    if (r instanceof RuntimeException e) {
      throw e;
    }
    return (Function<GoSource, FileResult>) r;
  }

  /** The Go checks of every output, computed on first use. */
  synchronized GoChecks checks() {
    if (checks == null) {
      checks = new GoChecks(go.orElseThrow());
      for (GoldenSuite.RecipeCases recipe : recipes) {
        for (GoldenCase c : recipe.cases()) {
          try {
            GoldenResult r = result(recipe, c);
            if (r.output() != null) {
              checks.add(c, r.output(), r.actual().isEmpty());
            }
          } catch (RuntimeException e) {
            // the case's own test reports it
          }
        }
      }
      checks.run();
    }
    return checks;
  }

  /**
   * The Go version a fixture is written for: the highest {@code go1.N} its {@code //go:build} line
   * requires, else the newest.
   */
  static GoVersion goVersionOf(String text) {
    GoVersion version = null;
    for (String line : text.lines().toList()) {
      if (line.startsWith("package ")) {
        break;
      }
      Matcher build = GO_BUILD.matcher(line.strip());
      if (build.matches()) {
        Matcher tag = GO_VERSION_TAG.matcher(build.group(1));
        while (tag.find()) {
          GoVersion v = new GoVersion(1, Integer.parseInt(tag.group(2)));
          if (tag.group(1).isEmpty() && (version == null || v.compareTo(version) > 0)) {
            version = v;
          }
        }
      }
    }
    return version == null ? GoVersion.NEWEST : version;
  }

  /**
   * gofmt over every output, in one run, and go vet over every output, in one run per Go version
   * (one module per version, one package per case).
   */
  static final class GoChecks {
    private final GoToolchain go;
    private final GoVersion toolchainVersion;
    private final Map<String, String> gofmtInput = new TreeMap<>();
    private final Map<GoVersion, Map<String, String>> vetInput = new TreeMap<>();
    private final Map<GoldenCase, String> dirs = new HashMap<>();
    private final Map<GoldenCase, GoVersion> versions = new HashMap<>();
    private final Set<String> usedDirs = new HashSet<>();
    private final Set<GoldenCase> unchanged = new HashSet<>();
    private GoToolchain.GofmtReport gofmt;
    private final Map<GoVersion, Map<String, List<String>>> vet = new LinkedHashMap<>();

    GoChecks(GoToolchain go) {
      this.go = go;
      this.toolchainVersion = GoVersion.parse(go.languageVersion());
    }

    void add(GoldenCase c, String output, boolean unchanged) {
      // gofmt writes LF line ends; a CRLF file is checked as its LF twin, which is otherwise
      // byte-identical.
      gofmtInput.put(c.relativePath(), output.replace("\r\n", "\n"));
      if (unchanged) {
        this.unchanged.add(c);
      }
      GoVersion version = goVersionOf(output);
      versions.put(c, version);
      if (version.compareTo(toolchainVersion) <= 0) {
        String dir = packageDir(c);
        dirs.put(c, dir);
        vetInput.computeIfAbsent(version, v -> new TreeMap<>()).put(dir, output);
      }
    }

    private String packageDir(GoldenCase c) {
      String dir = safeName(c.recipe()) + "/" + safeName(c.name());
      String unique = dir;
      for (int i = 2; !usedDirs.add(unique); i++) {
        unique = dir + "-" + i;
      }
      return unique;
    }

    private static String safeName(String name) {
      String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
      if (!Character.isLetterOrDigit(s.charAt(0)) || s.equals("testdata") || s.equals("vendor")) {
        s = "x" + s;
      }
      return s;
    }

    void run() {
      gofmt = go.gofmt(gofmtInput);
      vetInput.forEach((version, packages) -> vet.put(version, go.vet(packages, version.toString())));
    }

    /** Whether the case's output was checked; false when the case gave none. */
    boolean has(GoldenCase c) {
      return versions.containsKey(c);
    }

    /** Why gofmt finds the case's output unclean; empty when it is clean. */
    List<String> gofmtProblems(GoldenCase c) {
      List<String> problems = new ArrayList<>();
      if (gofmt.unformatted().contains(c.relativePath())) {
        problems.add("output is not gofmt-clean (gofmt -l lists it)");
      }
      problems.addAll(gofmt.errors().getOrDefault(c.relativePath(), List.of()));
      return problems;
    }

    /** The go version the case is vetted with. */
    GoVersion version(GoldenCase c) {
      return versions.get(c);
    }

    /** Whether the installed toolchain is new enough to vet the case. */
    boolean vettable(GoldenCase c) {
      return dirs.containsKey(c);
    }

    String toolchain() {
      return go.version();
    }

    /**
     * The case's vet diagnostics, and those that name no package, in the run of its module. An
     * unchanged case is its fixture, which may hold the very bug a report-only rule names; there
     * only type errors count: the fixture must still compile.
     */
    List<String> vetProblems(GoldenCase c) {
      Map<String, List<String>> byDir = vet.get(versions.get(c));
      List<String> problems = new ArrayList<>(byDir.getOrDefault(dirs.get(c), List.of()));
      problems.addAll(byDir.getOrDefault("", List.of()));
      if (unchanged.contains(c)) {
        problems.removeIf(p -> !p.startsWith(GoToolchain.TYPE_ERROR));
      }
      return problems;
    }
  }
}
