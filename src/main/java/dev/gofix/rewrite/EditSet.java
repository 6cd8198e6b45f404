package dev.gofix.rewrite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.TokenStreamRewriter;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The edits of one pass over one file, collected first and applied once. An edit that overlaps one
 * already in the set is refused with a {@link Conflict} naming both rules; the caller retries it on
 * the result of the pass.
 */
public final class EditSet {
  private final List<Edit> edits = new ArrayList<>();

  /** Two edits that touch the same text; the first one stays in the set. */
  public record Conflict(Edit kept, Edit refused) {
    public String message() {
      return "edit of " + refused.ruleId() + " overlaps an edit of " + kept.ruleId();
    }
  }

  /** Adds an edit, or returns the conflict that keeps it out. */
  public Optional<Conflict> add(Edit edit) {
    for (Edit kept : edits) {
      if (kept.overlaps(edit)) {
        return Optional.of(new Conflict(kept, edit));
      }
    }
    edits.add(edit);
    return Optional.empty();
  }

  public boolean isEmpty() {
    return edits.isEmpty();
  }

  public List<Edit> edits() {
    return List.copyOf(edits);
  }

  /**
   * The text of the token stream with every edit applied. Tokens no edit covers come out as they
   * were, byte for byte. Insertions at one point keep the order in which they were added.
   */
  public String apply(TokenStream tokens) {
    return apply(tokens, null);
  }

  /**
   * As {@link #apply(TokenStream)}, with the text outside the edits taken from {@code text}
   * (when not null), whose characters the tokens index one for one: the original of a file that
   * was parsed with some function bodies blanked (blanking keeps every character where it was),
   * whose tokens in the blanked bodies are not the file's.
   */
  public String apply(TokenStream tokens, String text) {
    TokenStreamRewriter rewriter = new TokenStreamRewriter(tokens);
    List<Edit> ordered = new ArrayList<>(edits);
    ordered.sort(Comparator.comparingInt(Edit::start));
    String pendingText = null;
    int pendingAt = -1;
    for (Edit edit : ordered) {
      if (!edit.isInsertion()) {
        rewriter.replace(edit.start(), edit.stop(), edit.text());
        continue;
      }
      if (edit.start() == pendingAt) {
        pendingText += edit.text();
        continue;
      }
      if (pendingText != null) {
        insert(rewriter, tokens, pendingAt, pendingText);
      }
      pendingAt = edit.start();
      pendingText = edit.text();
    }
    if (pendingText != null) {
      insert(rewriter, tokens, pendingAt, pendingText);
    }
    // Only the spans that edits touch go through the rewriter (which reads them token by token);
    // the text between them is copied as it is.
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int[] span : spans(ordered, tokens.size())) {
      out.append(between(tokens, text, next, span[0] - 1));
      out.append(rewriter.getText(Interval.of(span[0], span[1])));
      next = span[1] + 1;
    }
    out.append(between(tokens, text, next, tokens.size() - 1));
    return out.toString();
  }

  /** The text of the tokens {@code from..to} (none when {@code to < from}): from {@code text} when given. */
  private static String between(TokenStream tokens, String text, int from, int to) {
    if (text == null) {
      return tokens.getText(Interval.of(from, to));
    }
    return to < from ? "" : text.substring(offset(tokens, text, from), offset(tokens, text, to + 1));
  }

  /** Where token {@code i} starts in the text; its end at EOF. */
  private static int offset(TokenStream tokens, String text, int i) {
    if (i >= tokens.size() - 1) {
      return text.length();
    }
    return tokens.get(i).getStartIndex();
  }

  /**
   * The token ranges that the edits (sorted by start) rewrite, overlapping ones merged: a
   * replacement's tokens, the token an insertion goes in front of, or EOF for one at the end.
   */
  private static List<int[]> spans(List<Edit> ordered, int size) {
    List<int[]> spans = new ArrayList<>();
    for (Edit edit : ordered) {
      int from = edit.isInsertion() ? Math.min(edit.start(), size - 1) : edit.start();
      int to = edit.isInsertion() ? from : edit.stop();
      int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        spans.add(new int[] {from, to});
      }
    }
    return spans;
  }

  private static void insert(TokenStreamRewriter rewriter, TokenStream tokens, int at, String text) {
    // TokenStreamRewriter cannot insert in front of EOF by index; append after the last token.
    if (at >= tokens.size() - 1) {
      rewriter.insertAfter(tokens.size() - 2, text);
    } else {
      rewriter.insertBefore(at, text);
    }
  }
}
