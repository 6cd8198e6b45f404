package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Printed paths: the shortcut on a path's text gives what relativizing its names gives. */
class RunRootTest {
  @ParameterizedTest
  @CsvSource({
    "/work/repo, /work/repo/a.go, a.go",
    "/work/repo, /work/repo/pkg/sub/b.go, pkg/sub/b.go",
    "/work/repo, /work/repo/pkg/../c.go, c.go",
    "/work/repo, /work/repo/./d.go, d.go",
    "/work/repo, /work/repo/.hidden/e.go, .hidden/e.go",
    "/work/repo, /work/repo2/f.go, ../repo2/f.go",
    "/work/repo, /work/other/g.go, ../other/g.go",
    "/work/repo, /work/repo//h.go, h.go",
    "/, /i.go, i.go",
    "/work/re.po, /work/re.po/j.go, j.go",
  })
  void theShortcutAgreesWithTheNames(String root, String file, String printed) {
    RunRoot run = new RunRoot(Path.of(root));
    assertEquals(printed, run.printed(Path.of(file)));
    assertEquals(run.printedByNames(Path.of(file)), run.printed(Path.of(file)));
  }
}
