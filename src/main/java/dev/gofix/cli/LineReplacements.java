package dev.gofix.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.gofix.diff.UnifiedDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes between two texts as whole-line replacements, one per changed run of lines, for
 * SARIF's {@code fixes}. Positions are in the old text: lines 1-based, columns 1-based in UTF-16
 * code units (SARIF's default column kind).
 */
final class LineReplacements {
  private LineReplacements() {}

  /**
   * One replacement: the old region from ({@code startLine}, {@code startColumn}) up to, not
   * including, ({@code endLine}, {@code endColumn}); it is empty for an insertion.
   */
  record Replacement(
      int startLine, int startColumn, int endLine, int endColumn, String inserted) {
    boolean covers(int line) {
      return line >= startLine && (line < endLine || (line == endLine && endColumn > 1));
    }
  }

  static List<Replacement> of(String before, String after) {
    List<String> oldLines = UnifiedDiff.lines(before);
    List<String> newLines = UnifiedDiff.lines(after);
    List<Replacement> out = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines).getDeltas()) {
      int first = delta.getSource().getPosition();
      int count = delta.getSource().size();
      String inserted = String.join("", delta.getTarget().getLines());
      int[] start = position(oldLines, first);
      int[] end = position(oldLines, first + count);
      out.add(new Replacement(start[0], start[1], end[0], end[1], inserted));
    }
    return out;
  }

  /** Line and column of the start of old line {@code index} (0-based), or of the text's end. */
  private static int[] position(List<String> lines, int index) {
    if (index < lines.size()) {
      return new int[] {index + 1, 1};
    }
    if (lines.isEmpty()) {
      return new int[] {1, 1};
    }
    String last = lines.get(lines.size() - 1);
    if (last.endsWith("\n")) {
      // Just past the final newline: the start of the (empty) line after it.
      return new int[] {lines.size() + 1, 1};
    }
    return new int[] {lines.size(), last.length() + 1};
  }

  /** A Go column (bytes of UTF-8, 1-based) on a line of the text as a UTF-16 column. */
  static int utf16Column(String text, int line, int byteColumn) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int newline = text.indexOf('\n', start);
      if (newline < 0) {
        return byteColumn;
      }
      start = newline + 1;
    }
    int bytes = 0;
    int i = start;
    while (i < text.length() && bytes < byteColumn - 1 && text.charAt(i) != '\n') {
      int cp = text.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    return i - start + 1 + Math.max(0, byteColumn - 1 - bytes);
  }
}
