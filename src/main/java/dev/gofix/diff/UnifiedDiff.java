package dev.gofix.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A writer of unified diffs in the form {@code git diff} prints, which {@code git apply} and
 * {@code patch -p1} accept.
 *
 * <p>Each file gets the headers {@code --- a/PATH} and {@code +++ b/PATH} (no {@code diff --git}
 * or {@code index} line, no timestamps), then its hunks with three lines of context; hunks whose
 * changes are at most six unchanged lines apart are merged into one, as git does. A hunk header
 * leaves out a count of 1 ({@code @@ -3 +3 @@}) and names the line before when a count is 0
 * ({@code @@ -0,0 +1,2 @@} for an empty old file). Lines are split after {@code \n} only and
 * keep their terminators, so a {@code \r} stays part of its line, and a last line without {@code
 * \n} is followed by {@code \ No newline at end of file}. Lines are matched with the Myers
 * algorithm of java-diff-utils; where several smallest diffs exist, git may pick another one.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  private UnifiedDiff() {}

  /** The diff of one file, or the empty string when {@code before} equals {@code after}. */
  public static String of(String path, String before, String after) {
    return of(new FileChange(path, before, after));
  }

  /**
   * The diffs of all changed files, one after the other in the order of their paths' UTF-8 bytes
   * (git's order); unchanged files add nothing.
   *
   * @throws IllegalArgumentException if two changes have the same path
   */
  public static String of(List<FileChange> changes) {
    List<FileChange> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(c -> c.path().getBytes(StandardCharsets.UTF_8),
        Arrays::compareUnsigned));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && sorted.get(i).path().equals(sorted.get(i - 1).path())) {
        throw new IllegalArgumentException("two changes of " + sorted.get(i).path());
      }
      out.append(of(sorted.get(i)));
    }
    return out.toString();
  }

  private static String of(FileChange change) {
    if (change.before().equals(change.after())) {
      return "";
    }
    List<String> oldLines = lines(change.before());
    List<String> newLines = lines(change.after());
    List<AbstractDelta<String>> deltas = DiffUtils.diff(oldLines, newLines).getDeltas();

    // A name with a space gets a tab after it, as git writes it, so that patch reads it whole.
    String end = change.path().indexOf(' ') >= 0 ? "\t\n" : "\n";
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(change.path()).append(end);
    out.append("+++ b/").append(change.path()).append(end);
    int first = 0;
    for (int i = 1; i <= deltas.size(); i++) {
      if (i == deltas.size() || unchangedBetween(deltas.get(i - 1), deltas.get(i)) > 2 * CONTEXT) {
        appendHunk(out, oldLines, deltas.subList(first, i));
        first = i;
      }
    }
    return out.toString();
  }

  /** The text cut after each {@code \n}; the last line lacks it when the text does not end so. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }

  private static int unchangedBetween(AbstractDelta<String> a, AbstractDelta<String> b) {
    return b.getSource().getPosition() - end(a.getSource());
  }

  private static int end(Chunk<String> chunk) {
    return chunk.getPosition() + chunk.size();
  }

  /** Appends one hunk: the deltas, with the unchanged lines between them and around them. */
  private static void appendHunk(
      StringBuilder out, List<String> oldLines, List<AbstractDelta<String>> deltas) {
    AbstractDelta<String> firstDelta = deltas.get(0);
    AbstractDelta<String> lastDelta = deltas.get(deltas.size() - 1);
    // Unchanged lines are the same on both sides, so the context is as long on both.
    int before = Math.min(CONTEXT, firstDelta.getSource().getPosition());
    int after = Math.min(CONTEXT, oldLines.size() - end(lastDelta.getSource()));
    int oldStart = firstDelta.getSource().getPosition() - before;
    int newStart = firstDelta.getTarget().getPosition() - before;
    int oldEnd = end(lastDelta.getSource()) + after;
    int newEnd = end(lastDelta.getTarget()) + after;

    out.append("@@ -").append(range(oldStart, oldEnd - oldStart))
        .append(" +").append(range(newStart, newEnd - newStart)).append(" @@\n");
    int next = oldStart;
    for (AbstractDelta<String> delta : deltas) {
      appendLines(out, ' ', oldLines.subList(next, delta.getSource().getPosition()));
      appendLines(out, '-', delta.getSource().getLines());
      appendLines(out, '+', delta.getTarget().getLines());
      next = end(delta.getSource());
    }
    appendLines(out, ' ', oldLines.subList(next, oldEnd));
  }

  /** A hunk header's range as git writes it, from a 0-based start and a count. */
  private static String range(int start, int count) {
    if (count == 1) {
      return Integer.toString(start + 1);
    }
    // An empty range names the line before it, which is line 0 at the top of the file.
    return (count == 0 ? start : start + 1) + "," + count;
  }

  private static void appendLines(StringBuilder out, char prefix, List<String> lines) {
    for (String line : lines) {
      out.append(prefix).append(line);
      if (!line.endsWith("\n")) {
        out.append('\n').append(NO_NEWLINE);
      }
    }
  }
}
