package dev.gofix.rewrite;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Re-aligns trailing comments after an edit, as gofmt aligns them: in a run of consecutive lines
 * with the same indentation that each end in a {@code //} comment after code, every comment
 * starts one column after the longest code. An edit that makes code shorter or longer
 * ({@code interface{}} becoming {@code any}) would otherwise leave the run misaligned. Only runs
 * holding a line the edit changed are touched.
 */
public final class CommentColumns {
  private CommentColumns() {}

  /** One line's trailing comment: where the code ends and the comment starts. */
  private record Trailing(int line, String indent, int codeEnd, int commentStart, int whitespaceToken) {}

  /**
   * The edited text with the trailing comments of the changed runs re-aligned; {@code after} is
   * the edited text, parsed.
   */
  public static String realign(String before, ParsedFile after) {
    String text = after.source().text();
    Set<Integer> changed = changedLines(before, text);
    if (changed.isEmpty()) {
      return text;
    }
    List<Token> tokens = after.tokens().tokens();
    List<Trailing> trailing = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() == GoLexer.LINE_COMMENT) {
        trailingAt(tokens, i).ifPresent(trailing::add);
      }
    }
    // Replacement text per whitespace token index.
    java.util.Map<Integer, String> padding = new java.util.HashMap<>();
    int start = 0;
    while (start < trailing.size()) {
      int end = start + 1;
      while (end < trailing.size()
          && trailing.get(end).line == trailing.get(end - 1).line + 1
          && trailing.get(end).indent.equals(trailing.get(start).indent)) {
        end++;
      }
      List<Trailing> run = trailing.subList(start, end);
      if (run.size() > 1 && run.stream().anyMatch(tr -> changed.contains(tr.line))) {
        int column = run.stream().mapToInt(Trailing::codeEnd).max().orElseThrow() + 1;
        for (Trailing tr : run) {
          if (tr.commentStart != column && tr.whitespaceToken >= 0) {
            padding.put(tr.whitespaceToken, " ".repeat(column - tr.codeEnd));
          }
        }
      }
      start = end;
    }
    if (padding.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() != Token.EOF) {
        sb.append(padding.getOrDefault(i, t.getText()));
      }
    }
    return sb.toString();
  }

  /** The trailing comment at token {@code i}, when code precedes it on its line. */
  private static java.util.Optional<Trailing> trailingAt(List<Token> tokens, int i) {
    Token comment = tokens.get(i);
    int space = -1;
    for (int j = i - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (t.getType() == GoLexer.SEMI && t.getText().isEmpty()) {
        continue;
      }
      if (t.getType() == GoLexer.WHITESPACE) {
        if (t.getText().indexOf('\n') >= 0 || space >= 0) {
          return java.util.Optional.empty();
        }
        space = j;
        continue;
      }
      if (t.getLine() != comment.getLine() || t.getText().indexOf('\n') >= 0 || t.getText().indexOf('\t') >= 0) {
        return java.util.Optional.empty();
      }
      int codeEnd = t.getCharPositionInLine() + t.getText().codePointCount(0, t.getText().length());
      return java.util.Optional.of(new Trailing(comment.getLine(), indentOf(tokens, j), codeEnd,
          comment.getCharPositionInLine(), space));
    }
    return java.util.Optional.empty();
  }

  private static String indentOf(List<Token> tokens, int j) {
    for (int k = j; k >= 0; k--) {
      if (tokens.get(k).getType() != GoLexer.WHITESPACE) {
        continue; // its text is not made
      }
      String s = tokens.get(k).getText();
      int nl = s.lastIndexOf('\n');
      if (nl >= 0) {
        return s.substring(nl + 1);
      }
    }
    return "";
  }

  /** The 1-based lines of {@code after} that differ from {@code before}. */
  private static Set<Integer> changedLines(String before, String after) {
    Set<Integer> lines = new HashSet<>();
    List<String> a = Arrays.asList(before.split("\n", -1));
    List<String> b = Arrays.asList(after.split("\n", -1));
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      for (int k = 0; k < d.getTarget().size(); k++) {
        lines.add(d.getTarget().getPosition() + k + 1);
      }
    }
    return lines;
  }
}
