package dev.gofix.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Go files named by command-line patterns, sorted by path.
 *
 * <ul>
 *   <li>{@code file.go}: that file.
 *   <li>{@code dir}: every {@code .go} file below it, as gofmt walks a directory.
 *   <li>{@code dir/...}: the files {@code go list dir/...} would see: no {@code testdata} or
 *       {@code vendor} directories, none whose name starts with {@code .} or {@code _}, no nested
 *       module (a directory with its own go.mod below the root).
 * </ul>
 *
 * Symbolic links are not followed.
 */
final class SourceFiles {
  private final List<Path> files;
  /** The sizes of {@link #files}, in their order. */
  private final long[] sizes;
  private final List<String> problems;

  private SourceFiles(SortedMap<Path, Long> found, List<String> problems) {
    this.files = List.copyOf(found.keySet());
    this.sizes = found.values().stream().mapToLong(Long::longValue).toArray();
    this.problems = problems;
  }

  List<Path> files() {
    return files;
  }

  /** The size in bytes of {@code files().get(index)} when it was listed. */
  long size(int index) {
    return sizes[index];
  }

  /** Patterns that named nothing readable, as messages. */
  List<String> problems() {
    return problems;
  }

  static SourceFiles resolve(List<String> patterns) {
    return resolve(Path.of(""), patterns);
  }

  /** Resolves relative patterns against {@code base}; files come out under {@code base}. */
  static SourceFiles resolve(Path base, List<String> patterns) {
    TreeMap<Path, Long> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String pattern : patterns) {
      boolean packages = pattern.equals("...") || pattern.endsWith("/...");
      String name = packages ? pattern.substring(0, pattern.length() - 3) : pattern;
      if (name.isEmpty()) {
        name = ".";
      }
      Path path = base.resolve(name).normalize();
      BasicFileAttributes attrs = attributes(path);
      if (attrs != null && attrs.isRegularFile() && !packages) {
        found.put(path, attrs.size());
      } else if (attrs != null && attrs.isDirectory()) {
        try {
          walk(path, packages, found);
        } catch (IOException e) {
          problems.add(name + ": " + e.getMessage());
        }
      } else {
        problems.add(pattern + ": no such file or directory");
      }
    }
    return new SourceFiles(found, problems);
  }

  /** What the file system says of a path, its links not followed; null if it cannot be read. */
  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  private static void walk(Path root, boolean packages, Map<Path, Long> found) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (packages && !dir.equals(root)) {
              String name = dir.getFileName().toString();
              if (name.startsWith(".")
                  || name.startsWith("_")
                  || name.equals("testdata")
                  || name.equals("vendor")
                  || Files.exists(dir.resolve("go.mod"))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && name.endsWith(".go") && !name.startsWith(".")
                && !(packages && name.startsWith("_"))) {
              found.put(file, attrs.size());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
