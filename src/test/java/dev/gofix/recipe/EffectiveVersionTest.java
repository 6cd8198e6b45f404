package dev.gofix.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Go version of a file's {@code //go:build} line, read from its text before any parse. */
class EffectiveVersionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      //go:build go1.21\\n\\npackage p\\n                          | 21
      //go:build linux && go1.20\\r\\n\\r\\npackage p\\r\\n            | 20
      // Copyright\\n\\n//go:build !go1.22\\n\\npackage p\\n          | 22
      /* license */ //go:build go1.19\\npackage p\\n                | 19
      //go:build linux\\n//go:build go1.18\\npackage p\\n           | 18
      \\uFEFF//go:build go1.17\\npackage p\\n                       | 17
      /* //go:build go1.16 */\\npackage p\\n                       | none
      // x //go:build go1.16\\npackage p\\n                        | none
      package p\\n//go:build go1.16\\n                            | none
      //go:build go1.21rc1\\npackage p\\n                           | none
      //go:build linux\\npackage p\\n                             | none
      """)
  void theFirstBuildLineThatNamesAVersionBeforeThePackageClause(String text, String version) {
    String go = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\uFEFF", "\uFEFF");
    Optional<GoVersion> expected = version.equals("none") ? Optional.empty() : Optional.of(new GoVersion(1, Integer.parseInt(version)));
    assertEquals(expected, EffectiveVersion.buildLine(go), text);
  }
}
