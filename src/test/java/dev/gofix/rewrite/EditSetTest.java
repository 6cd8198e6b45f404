package dev.gofix.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.ParsedFile;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

class EditSetTest {
  private static final String SOURCE =
      "package p\r\n\r\n// f adds.\r\nfunc f(a, b int) int {\r\n\treturn a + b // sum\r\n}\r\n";

  private final ParsedFile file = new GoFileParser().parse(new GoSource("p.go", SOURCE));

  /** The index of the n-th default-channel token with this text. */
  private int token(String text, int n) {
    int seen = 0;
    for (Token t : file.tokens().tokens()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getText().equals(text) && seen++ == n) {
        return t.getTokenIndex();
      }
    }
    throw new AssertionError("no token " + text);
  }

  @Test
  void noEditsGivesTheFileBack() {
    assertEquals(SOURCE, new EditSet().apply(file.tokens()));
  }

  @Test
  void replacementKeepsEveryOtherByteIncludingCrlfAndComments() {
    EditSet edits = new EditSet();
    edits.add(Edit.replace("r", token("a", 1), token("b", 1), "b - a"));
    assertEquals(SOURCE.replace("return a + b", "return b - a"), edits.apply(file.tokens()));
  }

  @Test
  void insertionsAtOnePointKeepTheirOrder() {
    EditSet edits = new EditSet();
    int ret = token("return", 0);
    assertTrue(edits.add(Edit.insertBefore("r", ret, "x()\r\n\t")).isEmpty());
    assertTrue(edits.add(Edit.insertBefore("r", ret, "y()\r\n\t")).isEmpty());
    assertEquals(
        SOURCE.replace("\treturn", "\tx()\r\n\ty()\r\n\treturn"), edits.apply(file.tokens()));
  }

  @Test
  void insertionAtTheEndOfTheFile() {
    EditSet edits = new EditSet();
    edits.add(Edit.insertBefore("r", file.tokens().size() - 1, "\r\nvar x int\r\n"));
    assertEquals(SOURCE + "\r\nvar x int\r\n", edits.apply(file.tokens()));
  }

  @Test
  void overlappingReplacementIsRefusedNamingBothRules() {
    EditSet edits = new EditSet();
    assertTrue(edits.add(Edit.replace("first", token("a", 1), token("b", 1), "0")).isEmpty());
    var conflict = edits.add(Edit.replace("second", token("b", 1), token("b", 1), "1"));
    assertTrue(conflict.isPresent());
    assertEquals("edit of second overlaps an edit of first", conflict.get().message());
    assertEquals(1, edits.edits().size());
  }

  @Test
  void insertionInsideAReplacementConflictsButNotAtItsEdges() {
    Edit replaced = Edit.replace("r", 10, 14, "x");
    assertTrue(replaced.overlaps(Edit.insertBefore("i", 12, "y")));
    assertFalse(replaced.overlaps(Edit.insertBefore("i", 10, "y")));
    assertFalse(replaced.overlaps(Edit.insertBefore("i", 15, "y")));
  }

  @Test
  void twoRulesInsertingAtOnePointConflict() {
    assertTrue(Edit.insertBefore("a", 3, "x").overlaps(Edit.insertBefore("b", 3, "y")));
    assertFalse(Edit.insertBefore("a", 3, "x").overlaps(Edit.insertBefore("a", 3, "y")));
  }

  @Test
  void adjacentReplacementsDoNotConflict() {
    assertFalse(Edit.replace("a", 1, 3, "x").overlaps(Edit.replace("b", 4, 6, "y")));
    assertTrue(Edit.replace("a", 1, 4, "x").overlaps(Edit.replace("b", 4, 6, "y")));
  }

  /**
   * Many edits spread over a file, with insertions at the edges of replacements and at the end:
   * the result equals the edits made on the characters directly (the rewriter is only given the
   * spans the edits touch, the rest is copied).
   */
  @Test
  void editsAcrossAFileEqualTheSameEditsMadeOnTheCharacters() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/slice-copy/basic.go"));
    ParsedFile parsed = new GoFileParser().parse(new GoSource("basic.go", text));
    java.util.List<Token> tokens = parsed.tokens().tokens();
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      EditSet edits = new EditSet();
      java.util.List<Edit> added = new java.util.ArrayList<>();
      for (int k = 0, n = 1 + random.nextInt(12); k < n; k++) {
        int at = random.nextInt(tokens.size());
        Edit e = random.nextInt(3) == 0 || at == tokens.size() - 1
            ? Edit.insertBefore("r" + k, at, "<i" + k + ">")
            : Edit.replace("r" + k, at, Math.min(tokens.size() - 2, at + random.nextInt(4)), "<r" + k + ">");
        if (edits.add(e).isEmpty()) {
          added.add(e);
        }
      }
      assertEquals(onCharacters(text, tokens, added), edits.apply(parsed.tokens()), "round " + round);
    }
  }

  /** The text with each edit made on its characters; at one token, insertions go first. */
  private static String onCharacters(String text, java.util.List<Token> tokens, java.util.List<Edit> edits) {
    java.util.List<Edit> ordered = new java.util.ArrayList<>(edits);
    ordered.sort(java.util.Comparator.comparingInt(Edit::start).thenComparing(e -> !e.isInsertion()));
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (Edit e : ordered) {
      Token first = tokens.get(e.start());
      int from = first.getType() == Token.EOF ? text.length() : first.getStartIndex();
      out.append(text, next, from).append(e.text());
      next = e.isInsertion() ? from : Math.max(from, tokens.get(e.stop()).getStopIndex() + 1);
    }
    return out.append(text.substring(next)).toString();
  }
}
