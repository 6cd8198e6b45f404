package dev.gofix.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A character stream read straight from a file's text, for text whose every code point is one
 * Java char (no surrogate pairs): then code point indexes are char indexes, and the stream needs
 * no copy of the text. {@link #of} falls back to ANTLR's own stream for any other text. It answers
 * as {@code CodePointCharStream} does, which tokens use for their text and the lexer reads.
 */
final class StringCharStream implements CharStream {
  private final String text;
  private final String name;
  private int position;

  private StringCharStream(String text, String name) {
    this.text = text;
    this.name = name;
  }

  /**
   * A stream of the text: this class's when no two chars of it make one code point (a lone
   * surrogate is one code point in both streams), else ANTLR's. For text the JDK stores one byte
   * per char, {@code codePointCount} answers without looking at the chars.
   */
  static CharStream of(String text, String name) {
    int n = text.length();
    if (text.codePointCount(0, n) != n) {
      return CharStreams.fromString(text, name);
    }
    return new StringCharStream(text, name);
  }

  /** Whether the text from {@code start} on begins with {@code s}: a token's text, not made. */
  boolean textAt(int start, String s) {
    return text.startsWith(s, start);
  }

  /** Whether {@code length} chars from {@code start} equal those of another stream from {@code otherStart}. */
  boolean regionMatches(int start, StringCharStream other, int otherStart, int length) {
    return text.regionMatches(start, other.text, otherStart, length);
  }

  /** The char at an index of the text. */
  char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, text.length());
    int length = Math.min(interval.b - interval.a + 1, text.length() - start);
    return text.substring(start, start + length);
  }

  @Override
  public void consume() {
    if (position >= text.length()) {
      throw new IllegalStateException("cannot consume EOF");
    }
    position++;
  }

  @Override
  public int LA(int i) {
    if (i > 0) {
      int at = position + i - 1;
      return at >= text.length() ? IntStream.EOF : text.charAt(at);
    }
    if (i < 0) {
      int at = position + i;
      return at < 0 ? IntStream.EOF : text.charAt(at);
    }
    return 0; // undefined, as in ANTLR's streams
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = index;
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return name == null || name.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : name;
  }

  @Override
  public String toString() {
    return text;
  }
}
