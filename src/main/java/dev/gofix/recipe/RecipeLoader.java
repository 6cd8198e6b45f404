package dev.gofix.recipe;

import dev.gofix.match.Pattern;
import dev.gofix.match.PatternCompiler;
import dev.gofix.match.PatternException;
import dev.gofix.match.PatternSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads recipe YAML files into {@link Recipe}s, with every mistake at its line and column.
 *
 * <p>All the errors of a file are reported, not only the first; a file with any error yields no
 * recipe, and the other files are read all the same. The format is described in {@code
 * docs/recipes.md}.
 */
public final class RecipeLoader {

  /**
   * Recipes read from files, the errors of the files that could not be read, and the recipes
   * that were passed over (by id, with their file): not wanted, so read no further than their id
   * and safety.
   */
  public record Loaded(List<Recipe> recipes, List<RecipeError> errors, Map<String, Path> passedOver) {
    public Loaded {
      recipes = List.copyOf(recipes);
      errors = List.copyOf(errors);
      passedOver = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(passedOver));
    }

    public Loaded(List<Recipe> recipes, List<RecipeError> errors) {
      this(recipes, errors, Map.of());
    }
  }

  /** Which recipes to read in full, by id and safety: compiling patterns is most of a load. */
  @FunctionalInterface
  public interface Wanted {
    boolean test(String id, Safety safety);

    Wanted ALL = (id, safety) -> true;
  }

  /** What compiles a recipe's pattern strings; {@link PatternCompiler} outside tests. */
  @FunctionalInterface
  public interface Compiler {
    Pattern compile(PatternSource source) throws PatternException;

    /** A one-statement pattern matched against statements of blocks (a lone $S allowed). */
    default Pattern compileStatement(PatternSource source) throws PatternException {
      return compile(source);
    }

    /**
     * The compiler for the built-in recipes, which are known to compile (a test compiles them
     * all): it may leave parsing a pattern until the pattern is first matched.
     */
    default Compiler forBuiltins() {
      return this;
    }
  }

  private static final String BUILTIN_DIRECTORY = "codemods";

  private final Compiler compiler;

  public RecipeLoader() {
    this(new Patterns(new PatternCompiler(), false));
  }

  /** {@link PatternCompiler} as the loader's compiler; lazy for the built-in recipes. */
  private record Patterns(PatternCompiler compiler, boolean lazy) implements Compiler {
    @Override
    public Pattern compile(PatternSource source) throws PatternException {
      return lazy ? compiler.lazy(source) : compiler.compile(source);
    }

    @Override
    public Pattern compileStatement(PatternSource source) throws PatternException {
      return lazy ? compiler.lazyStatement(source) : compiler.compileStatement(source);
    }

    @Override
    public Compiler forBuiltins() {
      return new Patterns(compiler, true);
    }
  }

  public RecipeLoader(Compiler compiler) {
    this.compiler = compiler;
  }

  /** One recipe file. */
  public Loaded loadFile(Path file) {
    return loadFiles(List.of(file));
  }

  /** Every {@code *.yaml} file of a directory, sorted by name; ids must be unique. */
  public Loaded loadDirectory(Path dir) {
    try {
      return loadFiles(yamlFiles(dir));
    } catch (IOException e) {
      return new Loaded(List.of(), List.of(new RecipeError(dir.toString(), 1, 1,
          "cannot list recipe directory: " + e.getMessage())));
    }
  }

  /**
   * Several recipe files, in the order given; a recipe whose id an earlier file already uses is
   * an error naming both files.
   */
  public Loaded loadFiles(List<Path> files) {
    return loadFiles(files, Wanted.ALL, compiler);
  }

  /** Reads a recipe file's text: from disk, or from gofix's jar for the built-in recipes. */
  @FunctionalInterface
  private interface Contents {
    String read(Path file) throws IOException;

    Contents DISK = file -> Files.readString(file, StandardCharsets.UTF_8);
  }

  private Loaded loadFiles(List<Path> files, Wanted wanted, Compiler compiler) {
    return loadFiles(files, Contents.DISK, wanted, compiler);
  }

  private Loaded loadFiles(List<Path> files, Contents contents, Wanted wanted, Compiler compiler) {
    List<Recipe> recipes = new ArrayList<>();
    List<RecipeError> errors = new ArrayList<>();
    Map<String, Path> passedOver = new java.util.LinkedHashMap<>();
    Map<String, Recipe> byId = new HashMap<>();
    for (Path file : files) {
      Optional<Read> read = read(file, contents, errors, wanted, passedOver, compiler);
      if (read.isEmpty()) {
        continue;
      }
      Recipe recipe = read.get().recipe();
      Recipe first = byId.putIfAbsent(recipe.id(), recipe);
      if (first != null) {
        errors.add(new RecipeError(file.toString(), read.get().idLine(), read.get().idColumn(),
            "duplicate recipe id \"" + recipe.id() + "\", also defined in " + first.file()));
        continue;
      }
      recipes.add(recipe);
    }
    return new Loaded(recipes, errors, passedOver);
  }

  /** The recipes shipped in gofix's own {@code codemods/} directory (inside the jar). */
  public Loaded builtins() {
    return builtins(Wanted.ALL);
  }

  /**
   * The built-in recipes, read in full only where {@code wanted} says so; the others are listed
   * in {@link Loaded#passedOver}. Built-ins are known to load, so passing one over hides no error.
   */
  public Loaded builtins(Wanted wanted) {
    CodeSource source = RecipeLoader.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return new Loaded(List.of(), List.of());
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new Loaded(List.of(), List.of(
          new RecipeError(source.getLocation().toString(), 1, 1, "cannot locate built-in recipes")));
    }
    if (Files.isDirectory(location)) {
      return builtins(location.resolve(BUILTIN_DIRECTORY), wanted);
    }
    // java.util.zip, not a zip file system: the JDK shares the archive the class loader has
    // already opened, where a zip file system would read it again (and start its provider
    // machinery), which cost a small run about 30 ms.
    try (ZipFile jar = new ZipFile(location.toFile())) {
      List<Path> files = new ArrayList<>();
      Map<Path, ZipEntry> entries = new HashMap<>();
      String prefix = BUILTIN_DIRECTORY + "/";
      for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName();
        if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(".yaml")
            && name.indexOf('/', prefix.length()) < 0) {
          // Named as in the repository (codemods/<id>.yaml), relative to no directory on disk.
          Path file = Path.of(BUILTIN_DIRECTORY, name.substring(prefix.length()));
          files.add(file);
          entries.put(file, entry);
        }
      }
      files.sort(Comparator.comparing(Path::toString));
      Contents contents = file -> {
        try (InputStream in = jar.getInputStream(entries.get(file))) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      };
      return loadFiles(files, contents, wanted, compiler.forBuiltins());
    } catch (IOException e) {
      return new Loaded(List.of(), List.of(new RecipeError(location.toString(), 1, 1,
          "cannot open built-in recipes: " + e.getMessage())));
    }
  }

  /** The recipes of a {@code codemods/} directory; none when it is missing or empty. */
  Loaded builtins(Path codemods) {
    return builtins(codemods, Wanted.ALL);
  }

  Loaded builtins(Path codemods, Wanted wanted) {
    if (!Files.isDirectory(codemods)) {
      return new Loaded(List.of(), List.of());
    }
    try {
      return loadFiles(yamlFiles(codemods), wanted, compiler.forBuiltins());
    } catch (IOException e) {
      return new Loaded(List.of(), List.of(new RecipeError(codemods.toString(), 1, 1,
          "cannot list recipe directory: " + e.getMessage())));
    }
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(Files::isRegularFile)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  private record Read(Recipe recipe, int idLine, int idColumn) {}

  private Optional<Read> read(Path file, Contents contents, List<RecipeError> errors, Wanted wanted,
      Map<String, Path> passedOver, Compiler compiler) {
    String text;
    try {
      text = contents.read(file);
    } catch (IOException e) {
      errors.add(new RecipeError(file.toString(), 1, 1, "cannot read recipe: " + e));
      return Optional.empty();
    }
    YamlDocument doc = new YamlDocument(file.toString(), text);
    RecipeReader reader = new RecipeReader(doc, compiler, file);
    if (wanted != Wanted.ALL) {
      Optional<RecipeReader.Header> header = reader.header();
      if (header.isPresent() && !wanted.test(header.get().id(), header.get().safety())) {
        passedOver.put(header.get().id(), file);
        return Optional.empty();
      }
    }
    Optional<Recipe> recipe = reader.read();
    errors.addAll(doc.errors());
    return recipe.map(r -> new Read(r, reader.idLine(), reader.idColumn()));
  }
}
