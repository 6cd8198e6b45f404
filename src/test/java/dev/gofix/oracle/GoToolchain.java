package dev.gofix.oracle;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An installed Go toolchain ({@code go} and {@code gofmt}) used by tests as an oracle: whether
 * texts are gofmt-clean, whether packages type-check and pass {@code go vet}, and what a program
 * prints when built and run.
 *
 * <p>Every call works in a fresh temporary directory and runs each tool once over all the texts it
 * is given, offline ({@code GOPROXY=off}, {@code GOTOOLCHAIN=local}, {@code GOWORK=off}) and with
 * a build cache kept under {@code target/} so that later runs are fast.
 */
public final class GoToolchain {

  /** The module path of every temporary module; packages are {@code fixtures/DIR}. */
  public static final String MODULE = "fixtures";

  private static final long TIMEOUT_MINUTES = 10;

  /** A line that starts with a Go file's position: {@code path.go:line:col: ...}. */
  /** How a vet diagnostic that is a type error (the package does not compile) begins. */
  public static final String TYPE_ERROR = "type error: ";

  private static final Pattern POSITION = Pattern.compile("^(?:vet: )?(?:\\./)?(.+?\\.go):\\d+(?::\\d+)?: ?(.*)$");

  /** A name that {@code ./...} matches as a package directory. */
  private static final Pattern DIR_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final Object LOCK = new Object();
  private static Optional<GoToolchain> cached;

  private final Path go;
  private final Path gofmt;
  private final String goVersion;
  private final Path goRoot;
  private final Path cacheDir;

  private GoToolchain(Path go, Path gofmt, String goVersion, Path goRoot, Path cacheDir) {
    this.go = go;
    this.gofmt = gofmt;
    this.goVersion = goVersion;
    this.goRoot = goRoot;
    this.cacheDir = cacheDir;
  }

  /** {@code $(go env GOROOT)/src}, the standard library's sources, when Go is installed. */
  public static Optional<Path> goRootSrc() {
    return find().map(t -> t.goRoot.resolve("src")).filter(Files::isDirectory);
  }

  /**
   * The toolchain found on {@code PATH} ({@code gofmt} also in {@code $(go env GOROOT)/bin}), or
   * empty when there is none; looked up once per JVM.
   */
  public static Optional<GoToolchain> find() {
    synchronized (LOCK) {
      if (cached == null) {
        cached = detect(Path.of("target", "go-oracle-cache").toAbsolutePath());
      }
      return cached;
    }
  }

  /** The message tests skip with where {@link #find()} is empty. */
  public static String absentMessage() {
    return "Go toolchain not installed (no go/gofmt on PATH): skipping the Go oracle check";
  }

  private static Optional<GoToolchain> detect(Path cacheDir) {
    Optional<Path> go = onPath("go");
    if (go.isEmpty()) {
      return Optional.empty();
    }
    try {
      Result env =
          exec(List.of(go.get().toString(), "env", "GOROOT", "GOVERSION"), null, Map.of());
      List<String> lines = env.stdout().lines().toList();
      if (env.exitCode() != 0 || lines.size() < 2 || lines.get(0).isBlank()) {
        return Optional.empty();
      }
      Path inGoroot = Path.of(lines.get(0)).resolve("bin").resolve(exe("gofmt"));
      Optional<Path> gofmt =
          Files.isExecutable(inGoroot) ? Optional.of(inGoroot) : onPath("gofmt");
      if (gofmt.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new GoToolchain(go.get(), gofmt.get(), lines.get(1).strip(),
          Path.of(lines.get(0).strip()), cacheDir));
    } catch (UncheckedIOException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static String exe(String name) {
    return File.separatorChar == '\\' ? name + ".exe" : name;
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, exe(name));
        if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The toolchain's version as {@code go env GOVERSION} prints it, such as {@code go1.26.1}. */
  public String version() {
    return goVersion;
  }

  /** The language version {@code 1.N} of the toolchain, the newest a go.mod may name here. */
  public String languageVersion() {
    Matcher m = Pattern.compile("go(\\d+)\\.(\\d+)").matcher(goVersion);
    return m.find() ? m.group(1) + "." + m.group(2) : goVersion;
  }

  // ---------------------------------------------------------------------------------------------
  // gofmt

  /**
   * What {@code gofmt -l} said of a set of texts.
   *
   * @param unformatted the names gofmt would change
   * @param errors the parse errors gofmt printed, by name
   */
  public record GofmtReport(Set<String> unformatted, Map<String, List<String>> errors) {
    /** The names that are not gofmt-clean: unformatted or not parseable. */
    public Set<String> unclean() {
      Set<String> all = new TreeSet<>(unformatted);
      all.addAll(errors.keySet());
      return all;
    }
  }

  /**
   * Runs one {@code gofmt -l} over the texts, each written under its name (a relative path with
   * {@code /}, ending in {@code .go}).
   */
  public GofmtReport gofmt(Map<String, String> filesByName) {
    if (filesByName.isEmpty()) {
      return new GofmtReport(Set.of(), Map.of());
    }
    Path dir = tempDir("gofmt-");
    try {
      List<String> command = new ArrayList<>(List.of(gofmt.toString(), "-l"));
      for (Map.Entry<String, String> e : filesByName.entrySet()) {
        write(dir, checkName(e.getKey()), e.getValue());
        command.add(e.getKey());
      }
      Result r = exec(command, dir, Map.of());
      if (r.exitCode() != 0 && r.exitCode() != 2) {
        throw new IllegalStateException("gofmt -l exited " + r.exitCode() + ":\n" + r.stderr());
      }
      Set<String> unformatted = new TreeSet<>();
      for (String line : r.stdout().lines().toList()) {
        String name = line.strip().replace(File.separatorChar, '/');
        if (!name.isEmpty()) {
          unformatted.add(name);
        }
      }
      Map<String, List<String>> errors = new TreeMap<>();
      for (String line : r.stderr().lines().toList()) {
        Matcher m = POSITION.matcher(line);
        String name = m.matches() ? m.group(1).replace(File.separatorChar, '/') : "";
        errors.computeIfAbsent(filesByName.containsKey(name) ? name : "", k -> new ArrayList<>())
            .add(line);
      }
      return new GofmtReport(unformatted, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  /** The names of the texts that {@code gofmt -l} lists or cannot parse, from one gofmt run. */
  public Set<String> gofmtUnclean(Map<String, String> filesByName) {
    return gofmt(filesByName).unclean();
  }

  private static String checkName(String name) {
    if (!name.endsWith(".go") || name.startsWith("/") || name.contains("\\")) {
      throw new IllegalArgumentException("not a relative .go file name: " + name);
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("not a clean relative path: " + name);
      }
    }
    return name;
  }

  // ---------------------------------------------------------------------------------------------
  // go vet, go build, go run

  /**
   * Runs one {@code go vet ./...} over packages of one file each, written to their directories of
   * one temporary module ({@code module fixtures}, {@code go goVersion}); returns every
   * diagnostic by package directory, an empty list for a clean package. A package that does not
   * type-check or load has its errors as diagnostics. Lines that name no package are under the key
   * {@code ""}.
   *
   * @param packagesByDir a directory relative to the module root (names of letters, digits,
   *     {@code .}, {@code _} and {@code -}, joined with {@code /}) to the text of its only file,
   *     which is written as {@code LAST.go} where LAST is the directory's last name
   * @param goVersion the go.mod {@code go} line, such as {@code 1.22}
   */
  public Map<String, List<String>> vet(Map<String, String> packagesByDir, String goVersion) {
    Map<String, List<String>> byDir = new TreeMap<>();
    packagesByDir.keySet().forEach(d -> byDir.put(checkDir(d), new ArrayList<>()));
    if (packagesByDir.isEmpty()) {
      return byDir;
    }
    Path module = writeModule(packagesByDir, goVersion);
    try {
      Result r = exec(goCommand("vet", "./..."), module, goEnv());
      if (r.exitCode() != 0 && r.stdout().isEmpty() && !hasPackageHeader(r.stderr())) {
        // Maybe the go command stopped while loading packages, before vetting any: find the
        // packages that do not load, and vet the others again without them.
        Map<String, String> broken = loadErrors(module, byDir.keySet());
        if (!broken.isEmpty()) {
          broken.forEach((dir, error) -> byDir.get(dir).add(TYPE_ERROR + error));
          List<String> rest = new ArrayList<>(List.of("vet"));
          byDir.keySet().stream().filter(d -> !broken.containsKey(d)).forEach(d -> rest.add("./" + d));
          if (rest.size() == 1) {
            return byDir;
          }
          r = exec(goCommand(rest.toArray(String[]::new)), module, goEnv());
        }
      }
      attribute(r.stdout() + r.stderr(), module, byDir);
      if (r.exitCode() != 0 && byDir.values().stream().allMatch(List::isEmpty)) {
        byDir.computeIfAbsent("", k -> new ArrayList<>())
            .add("go vet exited " + r.exitCode() + " with nothing attributed to a package:\n"
                + r.stderr());
      }
      return byDir;
    } finally {
      deleteTree(module);
    }
  }

  private static boolean hasPackageHeader(String output) {
    return output.lines().anyMatch(l -> l.startsWith("# "));
  }

  /** Package directory to its load error, from {@code go list -e}. */
  private Map<String, String> loadErrors(Path module, Set<String> dirs) {
    String template =
        "{{if or .Error .DepsErrors}}{{.ImportPath}}{{\"\\t\"}}"
            + "{{printf \"%q\" (print .Error .DepsErrors)}}{{\"\\n\"}}{{end}}";
    Result r = exec(goCommand("list", "-e", "-f", template, "./..."), module, goEnv());
    Map<String, String> errors = new TreeMap<>();
    for (String line : r.stdout().lines().toList()) {
      int tab = line.indexOf('\t');
      if (tab < 0 || !line.startsWith(MODULE + "/")) {
        continue;
      }
      String dir = line.substring(MODULE.length() + 1, tab);
      if (dirs.contains(dir)) {
        errors.put(dir, unquote(line.substring(tab + 1)));
      }
    }
    return errors;
  }

  private static String unquote(String quoted) {
    if (quoted.length() < 2 || !quoted.startsWith("\"")) {
      return quoted;
    }
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length() - 1) {
        char n = quoted.charAt(++i);
        s.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        s.append(c);
      }
    }
    return s.toString().replace("[]", "").strip();
  }

  /** Files each line of go's output to the package it names, by position or by header. */
  private static void attribute(String output, Path module, Map<String, List<String>> byDir) {
    String current = "";
    String root = module.toString() + File.separator;
    for (String raw : output.lines().toList()) {
      if (raw.isBlank()) {
        continue;
      }
      String line = raw.replace(root, "");
      if (line.startsWith("# ")) {
        String pkg = line.substring(2).strip().replaceAll("^\\[|\\]$", "");
        current = pkg.startsWith(MODULE + "/") ? pkg.substring(MODULE.length() + 1) : "";
        if (!byDir.containsKey(current)) {
          current = "";
        }
        continue;
      }
      String dir = current;
      Matcher m = POSITION.matcher(line);
      if (m.matches()) {
        String file = m.group(1).replace(File.separatorChar, '/');
        int slash = file.lastIndexOf('/');
        String fileDir = slash < 0 ? "" : file.substring(0, slash);
        if (byDir.containsKey(fileDir)) {
          dir = fileDir;
        }
      }
      byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(line.startsWith("vet: ") ? TYPE_ERROR + line.substring(5) : line);
    }
  }

  /**
   * Runs one {@code go build ./...} over packages of one file each, laid out as {@link #vet};
   * the output names files relative to the module root.
   */
  public Result build(Map<String, String> packagesByDir, String goVersion) {
    packagesByDir.keySet().forEach(GoToolchain::checkDir);
    Path module = writeModule(packagesByDir, goVersion);
    try {
      return exec(goCommand("build", "./..."), module, goEnv());
    } finally {
      deleteTree(module);
    }
  }

  /**
   * Builds one {@code package main} program (with the race detector when asked) and runs it,
   * returning what it printed and its exit code; the module's go line is the toolchain's
   * version. When the build fails, the result is the build's, with {@link Result#built()} false.
   */
  public Result run(String program, boolean withRace) {
    Path module = writeModule(Map.of("main", program), languageVersion());
    try {
      String binary = module.resolve(exe("prog")).toString();
      List<String> build =
          withRace
              ? goCommand("build", "-race", "-o", binary, "./main")
              : goCommand("build", "-o", binary, "./main");
      Result built = exec(build, module, goEnv());
      if (!built.ok()) {
        return new Result(built.exitCode(), built.stdout(), built.stderr(), false);
      }
      return exec(List.of(binary), module, Map.of());
    } finally {
      deleteTree(module);
    }
  }

  private static String checkDir(String dir) {
    for (String name : dir.split("/", -1)) {
      if (!DIR_NAME.matcher(name).matches() || name.equals("testdata") || name.equals("vendor")) {
        throw new IllegalArgumentException("not a package directory ./... would match: " + dir);
      }
    }
    return dir;
  }

  private Path writeModule(Map<String, String> packagesByDir, String goVersion) {
    if (!goVersion.matches("\\d+\\.\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("not a go.mod go version: " + goVersion);
    }
    Path module = tempDir("gomod-");
    try {
      write(module, "go.mod", "module " + MODULE + "\n\ngo " + goVersion + "\n");
      for (Map.Entry<String, String> e : packagesByDir.entrySet()) {
        String dir = e.getKey();
        write(module, dir + "/" + dir.substring(dir.lastIndexOf('/') + 1) + ".go", e.getValue());
      }
      return module;
    } catch (IOException e) {
      deleteTree(module);
      throw new UncheckedIOException(e);
    }
  }

  private List<String> goCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(go.toString());
    command.addAll(List.of(args));
    return command;
  }

  private Map<String, String> goEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GOFLAGS", "-mod=mod");
    env.put("GOTOOLCHAIN", "local");
    env.put("GOWORK", "off");
    env.put("GOPROXY", "off");
    env.put("GOSUMDB", "off");
    env.put("GOCACHE", cacheDir.resolve("build").toString());
    env.put("GOMODCACHE", cacheDir.resolve("mod").toString());
    return env;
  }

  // ---------------------------------------------------------------------------------------------
  // processes and files

  /**
   * What a command printed and how it exited.
   *
   * @param built false when {@link #run} could not build the program (then this is the build's)
   */
  public record Result(int exitCode, String stdout, String stderr, boolean built) {
    Result(int exitCode, String stdout, String stderr) {
      this(exitCode, stdout, stderr, true);
    }

    public boolean ok() {
      return exitCode == 0;
    }
  }

  private static Result exec(List<String> command, Path dir, Map<String, String> env) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("go-oracle-", ".out");
      err = Files.createTempFile("go-oracle-", ".err");
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File(devNull())));
      if (dir != null) {
        pb.directory(dir.toFile());
      }
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static String devNull() {
    return File.separatorChar == '\\' ? "NUL" : "/dev/null";
  }

  private static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path root, String name, String text) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file left behind is harmless
      }
    }
  }

  private static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
