package dev.gofix.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of one Go file and the path it is reported under.
 *
 * @param path the path as printed in messages and diffs (relative to the run's root where there
 *     is one)
 * @param text the file's full content, decoded from UTF-8 without any change
 */
public record GoSource(String path, String text) {

  /**
   * Decodes a file's bytes. Go source is UTF-8; a file that is not gets an error at the first bad
   * byte, as go/scanner reports it, since its bytes could not be kept through an edit.
   */
  public static Decoded decode(String path, byte[] bytes) {
    // The JDK's own String constructor is the fast way (ASCII is copied as it is); it replaces a
    // bad byte with U+FFFD, so only text holding U+FFFD is decoded again, strictly, to tell a bad
    // byte from a U+FFFD written in the file. A String stored one byte per char answers indexOf
    // of U+FFFD at once.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(new GoSource(path, fast), null);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(new GoSource(path, text), null);
    } catch (CharacterCodingException e) {
      int bad = firstMalformedByte(bytes);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new Decoded(
          null, new SyntaxError(path, line, bad - lineStart + 1, "illegal UTF-8 encoding"));
    }
  }

  private static int firstMalformedByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder();
    for (int i = 0; i < bytes.length; ) {
      int b = bytes[i] & 0xff;
      int len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
      if (len == 0 || i + len > bytes.length) {
        return i;
      }
      try {
        decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
      } catch (CharacterCodingException e) {
        return i;
      }
      i += len;
    }
    return bytes.length;
  }

  /** A decoded source, or the error that kept the bytes from being decoded. */
  public record Decoded(GoSource source, SyntaxError error) {
    public boolean ok() {
      return source != null;
    }
  }
}
