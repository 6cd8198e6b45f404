package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofix.oracle.GoToolchain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written {@link GoScanner} against the grammar's {@link GoLexer}: for any text, the
 * scanner either gives up or gives the same tokens (type, channel, offsets, line, column, text),
 * the same inserted semicolons and the same lexical errors.
 */
class GoScannerTest {

  /** The tokens of the text as GoFileParser sees them, described one per line; empty if the scanner gives up. */
  private static Optional<List<String>> scanned(String text) {
    CharStream chars = CharStreams.fromString(text, "x.go");
    try {
      return Optional.of(describe(new GoTokenSource(new GoScanner(text, chars))));
    } catch (GoScanner.Unsupported e) {
      return Optional.empty();
    }
  }

  private static List<String> lexed(String text) {
    GoLexer lexer = new GoLexer(CharStreams.fromString(text, "x.go"));
    lexer.removeErrorListeners();
    return describe(new GoTokenSource(lexer));
  }

  private static List<String> describe(GoTokenSource source) {
    List<String> out = new ArrayList<>();
    Token t;
    do {
      t = source.nextToken();
      out.add(t.getType() + "/" + t.getChannel() + " " + t.getStartIndex() + ".." + t.getStopIndex()
          + " @" + t.getLine() + ":" + t.getCharPositionInLine() + " " + t.getText());
    } while (t.getType() != Token.EOF);
    for (GoTokenSource.LexicalError e : source.lexicalErrors()) {
      out.add("error " + e.token().getStartIndex() + " " + e.message());
    }
    return out;
  }

  /** Fails unless the scanner gave up or agreed with the lexer; returns whether it agreed. */
  private static boolean agrees(String text) {
    Optional<List<String>> scanned = scanned(text);
    if (scanned.isEmpty()) {
      return false;
    }
    assertEquals(lexed(text), scanned.get(), () -> "tokens differ for: " + text);
    return true;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "package p\n\nfunc f() int { return 1 }\n",
      "x := 0x1F + 0X_ab + 1_000 + 0b1010 + 0o17 + 0O7 + 017 + 08 + 0b12\n",
      "f := 1.5 + 1. + .5 + 1e9 + 1E+9 + 2.5e-3 + 1.e2 + .5e1 + 07.5\n",
      "c := 1i + 0i + 1.5i + 1e3i + .5i + 0x1i + 0b1i + 012i\n",
      "s := \"a\\tb\\\\\\\"c\\x41\\u00e9\\U0001F600\\101\" + `raw\nline\n` + 'a' + '\\'' + '\\n' + 'é'\n",
      "a += b; a -= b; a *= b; a /= b; a %= b; a &= b; a |= b; a ^= b; a <<= b; a >>= b; a &^= b\n",
      "x := a || b && c == d != e < f <= g > h >= i + j - k | l ^ m * n / o % p << q >> r & s &^ t\n",
      "ch <- <-ch; x++; y--; !z; ^w; ~int; f(a...); x[1:2:3]\n",
      "// line comment\r\n/* general\n comment */ x /* same line */ y\r\n",
      "\uFEFFpackage p\n",
      "x\n\n\t  \n",
      "return\n}\n)\n]\nbreak\ncontinue\nfallthrough\n",
      "é := 1\n",
      "x := 'ab'\n",
      "s := \"unterminated\n",
      "x := 0x1p-2\n",
      "/* open",
      "x := 1__0\n",
      "a := b@c\n",
      "s := \"\\z\" + \"\\8\" + \"\\x4\" + \"\\u00e\" + \"\\08\"\n",
      "r := '\\z'\n",
      "r := '\\x4g'\n",
      "",
  })
  void agreesOrGivesUp(String text) {
    agrees(text);
  }

  @Test
  void handlesTheCommonFormsItself() {
    for (String text : List.of(
        "package p\n\nfunc f() int { return 1 }\n",
        "x := 0x1F + 1_000 + 0b1010 + 0o17 + 08 + 1.5e-3 + .5 + 1i\n",
        "s := \"a\\tb\\x41\\u00e9\" + `raw\nline\n` + 'a' + '\\'' + 'é'\n",
        "s := \"世界\" + `→` + '世' // a → b\n/* 世 */\n",
        "// c\r\n/* d\n e */ x\n",
        "\uFEFFpackage p\n")) {
      assertTrue(agrees(text), () -> "the scanner gave up on: " + text);
    }
    for (String text : List.of("é := 1\n", "世 := 1\n", "a世 := 1\n", "x := 1世\n", "x := a ? b\n",
        "x := 0x1p-2\n", "x := 'ab'\n", "/* open", "a := b@c\n")) {
      assertTrue(scanned(text).isEmpty(), () -> "the scanner should leave this to GoLexer: " + text);
    }
  }

  @Test
  void randomTextAgreesOrGivesUp() {
    String[] pieces = {
        " ", "\t", "\n", "\r\n", "x", "_y1", "é", "func", "go", "goto", "0", "1", "9", "0x", "0b", "0o",
        "_", ".", "..", "...", "e", "E", "p", "i", "+", "-", "a", "F", "'", "\"", "`", "\\", "\\n",
        "\\x4", "\\u00e9", "\"\\", "\\z", "'\\", "\\0", "\\07", "\\077", "/", "*", "//", "/*", "*/", "=", ":", "<", ">", "&",
        "^", "|", "!", "~", "(", ")", "[", "]", "{", "}", ",", ";", "%", "\uFEFF", "@", "\u0000", "😀",
        "世", "?", "→"};
    Random random = new Random(20261126);
    int agreed = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      if (agrees(text.toString())) {
        agreed++;
      }
    }
    assertTrue(agreed > 3_000, "the scanner handled only " + agreed + " of 30,000 texts");
  }

  @Test
  void agreesOnEveryFileOfGoRoot() throws IOException {
    Optional<Path> src = GoToolchain.goRootSrc();
    assumeTrue(src.isPresent(), "go not installed: skipping the scanner's corpus comparison");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(src.get())) {
      files = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
    }
    List<String> gaveUp = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      try {
        if (!agrees(text)) {
          gaveUp.add(src.get().relativize(file).toString());
        }
      } catch (AssertionError e) {
        fail(file + ": " + e.getMessage().lines().limit(3).toList());
      }
    }
    // Unicode identifiers, hex floats, deliberately broken test data: a few percent at most.
    assertTrue(gaveUp.size() * 100 < files.size() * 3,
        () -> "the scanner gave up on " + gaveUp.size() + " of " + files.size() + " files, e.g. "
            + gaveUp.subList(0, Math.min(20, gaveUp.size())));
  }
}
