package dev.gofix.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups files into Go packages: the files of one directory with the same package clause. The
 * {@code _test.go} files of package {@code x_test} are thus their own package. A file whose
 * package clause cannot be read is a package of its own (the runner reports its errors).
 */
final class PackageGrouping {
  private PackageGrouping() {}

  /** The packages, sorted by directory and then name; files keep their order within each. */
  static List<List<InputFile>> group(List<InputFile> files) {
    Map<String, List<InputFile>> packages = new TreeMap<>();
    for (InputFile f : files) {
      Path dir = f.file().toAbsolutePath().getParent();
      String name =
          f.header().packageName().map(n -> "package " + n).orElse("file " + f.file().getFileName());
      packages.computeIfAbsent(dir + "\0" + name, k -> new ArrayList<>()).add(f);
    }
    return List.copyOf(packages.values());
  }
}
