package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Printing all tokens of a parsed file gives back its bytes exactly, whatever the file's line
 * ends, encoding marks, white space or characters.
 */
class RoundTripTest {

  private static final int LONG = 100_000;

  static Stream<Named<String>> validFiles() {
    return Stream.of(
        named("CRLF line ends", "package p\r\n\r\nfunc f() {\r\n\tx := 1\r\n\t_ = x\r\n}\r\n"),
        named("mixed LF and CRLF line ends", "package p\n\r\nvar x = 1\r\nvar y = 2\n"),
        named("CRLF inside a raw string", "package p\r\n\r\nvar s = `a\r\nb`\r\n"),
        named("UTF-8 byte order mark", "\uFEFFpackage p\n\nvar x = 1\n"),
        named("byte order mark and CRLF", "\uFEFFpackage p\r\n"),
        named("no final newline", "package p\n\nfunc f() {}"),
        named("no final newline after a comment", "package p\n\n// done"),
        named("only a package clause without newline", "package p"),
        named("only a package clause", "package p\n"),
        named("only a comment and a package clause", "// Package p does nothing.\npackage p\n"),
        named("only a general comment and a package clause", "/* a\n * b\n */\npackage p"),
        named("tabs and spaces", "package p\n\nfunc f() {\n\tif x {\n        y()\n\t    }\n  \t}\n"),
        named("trailing blanks", "package p   \n\t\nvar x = 1 \t \n"),
        named("many blank lines", "\n\n\npackage p\n\n\n\n\nvar x = 1\n\n\n"),
        named("non-ASCII identifiers", "package p\n\nvar π = 3.14\n\nfunc 日本(ü int) (ß string) { return }\n"),
        named(
            "emoji in strings, runes and comments",
            "package p\n\n// 😀 smile\nvar s = \"😀👩‍👩‍👧 𝄞\" /* 🎉 */\nvar r = '😀'\nvar raw = `🙂\n🙃`\n"),
        named("combining characters", "package p\n\nvar s = \"e\u0301\" // e\u0301\n"),
        named("identifier with a supplementary letter", "package p\n\nvar 𝒳 = 1\n"),
        named("very long line of elements", "package p\n\nvar x = []int{" + "1, ".repeat(LONG / 3) + "}\n"),
        named("very long string literal", "package p\n\nvar s = \"" + "é😀x".repeat(LONG / 3) + "\"\n"),
        named("very long comment line", "package p\n\n// " + "a".repeat(LONG) + "\n"),
        named("very long identifier", "package p\n\nvar " + "v".repeat(LONG) + " = 1\n"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validFiles")
  void printsValidFileByteForByte(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    GoSource.Decoded decoded = GoSource.decode("t.go", bytes);
    assertTrue(decoded.ok());
    ParsedFile file = new GoFileParser().parse(decoded.source());
    assertEquals(List.of(), file.errors());
    assertArrayEquals(bytes, file.printTokens().getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Named<String>> invalidFiles() {
    return Stream.of(
        named("unterminated string", "package p\n\nvar s = \"abc\n"),
        named("unterminated raw string", "package p\n\nvar s = `abc😀\n"),
        named("unterminated comment", "package p\n\n/* 😀\n"),
        named("illegal characters", "package p\n\nvar x = 1 @ # $ ? \\ \u0000\n"),
        named("lone carriage returns, which do not end lines", "package p\r\rvar x = 1\r\n"),
        named("stray closing braces", "}}package p\r\n}"),
        named("empty file", ""),
        named("only white space", " \t\r\n"),
        named("only a comment", "// nothing\n"),
        named("byte order mark only", "\uFEFF"),
        named("garbage with emoji", "😀 😀 'x \"y\n`"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidFiles")
  void printsInvalidFileByteForByte(String text) {
    ParsedFile file = new GoFileParser().parse(new GoSource("t.go", text));
    assertTrue(file.hasErrors());
    assertEquals(text, file.printTokens());
  }

  @Test
  void reportsByteColumnsAfterSupplementaryCharacters() {
    ParsedFile file =
        new GoFileParser().parse(new GoSource("t.go", "package p\n\nvar s = \"😀😀\" @\n"));
    // 'var s = "' is 9 bytes, two emoji 8 bytes, '" ' 2 bytes: '@' is byte 20.
    assertEquals("t.go:3:20: syntax error: unexpected '@'", file.errors().get(0).toString());
  }

  @Test
  void keepsPositionsOfLaterLinesAfterVeryLongLine() {
    String text = "package p\n\nvar s = \"" + "x".repeat(LONG) + "\"\nvar y = @\n";
    ParsedFile file = new GoFileParser().parse(new GoSource("t.go", text));
    assertEquals("t.go:4:9: syntax error: unexpected '@'", file.errors().get(0).toString());
    assertEquals(text, file.printTokens());
  }
}
