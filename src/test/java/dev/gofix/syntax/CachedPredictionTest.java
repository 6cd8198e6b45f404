package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.oracle.GoToolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/** {@link CachedPrediction} builds the same trees as ANTLR's own prediction, in SLL and in LL mode. */
class CachedPredictionTest {

  @Test
  void sameTreesOnTheFixturesAndPartsOfGoRoot() throws IOException {
    List<Path> files = new ArrayList<>(goFiles(Path.of("fixtures")));
    Optional<Path> src = GoToolchain.goRootSrc();
    if (src.isPresent()) {
      for (String dir : List.of("go", "net/http", "strings", "internal/types/testdata")) {
        files.addAll(goFiles(src.get().resolve(dir)));
      }
    } else {
      System.err.println("CachedPredictionTest: go not installed, only the fixtures are compared");
    }
    int compared = 0;
    int withErrors = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      String plain = tree(text, false, PredictionMode.SLL);
      assertEquals(plain, tree(text, true, PredictionMode.SLL), file.toString());
      if (plain == null) {
        withErrors++;
        assertEquals(tree(text, false, PredictionMode.LL), tree(text, true, PredictionMode.LL), file + " (LL)");
      }
      compared++;
    }
    assertTrue(compared > 100, "only " + compared + " files compared");
    assertTrue(src.isEmpty() || withErrors > 10, "only " + withErrors + " files compared in LL mode");
  }

  /** The file's tree as text, or null when the SLL parse bails out. */
  private static String tree(String text, boolean cached, PredictionMode mode) {
    GoParser parser = new GoParser(new CommonTokenStream(new ListTokenSource(GoFileParser.tokens(text))));
    if (cached) {
      parser.setInterpreter(new CachedPrediction(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
          new org.antlr.v4.runtime.atn.PredictionContextCache()));
    }
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(mode);
    parser.setErrorHandler(mode == PredictionMode.SLL ? new BailErrorStrategy() : new DefaultErrorStrategy());
    try {
      return parser.sourceFile().toStringTree(parser);
    } catch (ParseCancellationException e) {
      return null;
    }
  }

  private static List<Path> goFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
    }
  }
}
