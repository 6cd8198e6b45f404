package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.oracle.GoToolchain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * The prediction table in the jar ({@link PredictionTable}) is written from this grammar. To
 * write it again after a change to the grammar (needs go: it is trained on GOROOT/src):
 * {@code ./mvnw -q test -Dtest=PredictionTableTest -Dgofix.writePredictionTable=true}.
 * That the table predicts as ANTLR does is {@link CachedPredictionTest}'s to show.
 */
class PredictionTableTest {
  private static final Path SOURCE = Path.of("src/main/resources/dev/gofix/syntax", PredictionTable.RESOURCE);

  @Test
  void theTableInTheJarIsWrittenFromThisGrammar() throws IOException {
    if (Boolean.getBoolean("gofix.writePredictionTable")) {
      assertTrue(System.getenv("CI") == null, "the prediction table is not written in CI");
      writeFromGoRoot();
    }
    assertTrue(PredictionTable.LOADED.states() > 1_000 || Boolean.getBoolean("gofix.writePredictionTable"),
        "the prediction table is missing or written from another grammar; write it again: ./mvnw -q test"
            + " -Dtest=PredictionTableTest -Dgofix.writePredictionTable=true");
  }

  @Test
  void aTableWrittenFromAnotherGrammarIsIgnored() throws IOException {
    byte[] bytes;
    try (var in = PredictionTable.class.getResourceAsStream(PredictionTable.RESOURCE)) {
      bytes = in.readAllBytes();
    }
    assertEquals(PredictionTable.LOADED.states(), PredictionTable.read(new ByteArrayInputStream(bytes)).states());
    bytes[4] ^= 1; // the grammar's hash follows the 4-byte magic number
    assertEquals(0, PredictionTable.read(new ByteArrayInputStream(bytes)).states());
  }

  /** Parses GOROOT/src with ANTLR's own prediction and writes the DFA it built to the sources. */
  private static void writeFromGoRoot() throws IOException {
    Optional<Path> src = GoToolchain.goRootSrc();
    assertTrue(src.isPresent(), "go is needed to write the prediction table");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(src.get())) {
      files = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
    }
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      GoParser parser = new GoParser(new CommonTokenStream(new ListTokenSource(GoFileParser.tokens(text))));
      parser.removeErrorListeners();
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      parser.setErrorHandler(new BailErrorStrategy());
      try {
        parser.sourceFile();
      } catch (ParseCancellationException e) {
        // a file with errors adds what it reached
      }
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    PredictionTable.write(written);
    assertFalse(written.size() == 0);
    Path temp = SOURCE.resolveSibling(PredictionTable.RESOURCE + ".tmp");
    Files.createDirectories(SOURCE.getParent());
    try (OutputStream out = Files.newOutputStream(temp)) {
      written.writeTo(out);
    }
    Files.move(temp, SOURCE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
