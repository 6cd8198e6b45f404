package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StringCharStream} answers as ANTLR's own stream of the same text does. */
class StringCharStreamTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "package p\n\nvar é = \"ü\" // ∑\r\n", "a\u0000b\uFEFFc", "日本語", "x\uD800", "\uDC00y\uD800"})
  void answersAsAntlrsStreamDoes(String text) {
    CharStream ours = StringCharStream.of(text, "f.go");
    CharStream antlr = CharStreams.fromString(text, "f.go");
    assertTrue(ours instanceof StringCharStream);
    assertEquals(antlr.size(), ours.size());
    assertEquals(antlr.getSourceName(), ours.getSourceName());
    for (int start = 0; start <= text.length(); start++) {
      ours.seek(start);
      antlr.seek(start);
      assertEquals(antlr.index(), ours.index());
      for (int k = -2; k <= 2; k++) {
        assertEquals(antlr.LA(k), ours.LA(k), "LA(" + k + ") at " + start);
      }
      for (int stop = start - 1; stop <= text.length(); stop++) {
        Interval interval = Interval.of(start, stop);
        assertEquals(antlr.getText(interval), ours.getText(interval), interval.toString());
      }
    }
    ours.seek(text.length());
    assertThrows(IllegalStateException.class, ours::consume);
    assertEquals("<unknown>", StringCharStream.of(text, "").getSourceName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"s := \"😀\"\n", "\uD83D\uDE00"})
  void textWithSurrogatePairsGetsAntlrsStream(String text) {
    assertFalse(StringCharStream.of(text, "f.go") instanceof StringCharStream);
  }
}
