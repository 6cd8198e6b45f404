package dev.gofix.rewrite;

import dev.gofix.syntax.GoParser;
import dev.gofix.syntax.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The text of a run of tokens with each {@code continue} of the innermost {@code for} loop around
 * the run written as other text: for code moved out of a loop body into a function literal,
 * where {@code continue} of that loop becomes {@code return}.
 */
final class LoopContinues {
  private LoopContinues() {}

  static String rewrite(Layout layout, ParsedFile file, int start, int stop, String replacement) {
    List<GoParser.ContinueStmtContext> found = new ArrayList<>();
    collect(file.tree(), start, stop, found);
    StringBuilder sb = new StringBuilder();
    int from = start;
    for (GoParser.ContinueStmtContext c : found) {
      ParserRuleContext loop = target(c);
      if (loop == null || loop != innermostAround(c, start)) {
        continue;
      }
      int at = c.getStart().getTokenIndex();
      int end = c.getStop().getTokenIndex();
      sb.append(layout.text(from, at - 1)).append(replacement);
      from = end + 1;
    }
    sb.append(layout.text(from, stop));
    return sb.toString();
  }

  private static void collect(ParseTree n, int start, int stop, List<GoParser.ContinueStmtContext> out) {
    if (!(n instanceof ParserRuleContext ctx) || ctx.getStart() == null || ctx.getStop() == null
        || ctx.getStop().getTokenIndex() < start || ctx.getStart().getTokenIndex() > stop) {
      return;
    }
    if (n instanceof GoParser.ContinueStmtContext c && c.getStart().getTokenIndex() >= start) {
      out.add(c);
      return;
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      collect(ctx.getChild(i), start, stop, out);
    }
  }

  /** The loop a continue continues: the innermost for, or the for its label names. */
  private static ParserRuleContext target(GoParser.ContinueStmtContext c) {
    TerminalNode label = c.IDENTIFIER();
    for (ParseTree n = c.getParent(); n != null && !dev.gofix.match.Constraints.isFunction(n); n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext f && (label == null || label.getText().equals(labelOf(f)))) {
        return f;
      }
    }
    return null;
  }

  /** The innermost for loop of the same function that holds the whole run starting at start. */
  private static ParserRuleContext innermostAround(ParserRuleContext inside, int start) {
    for (ParseTree n = inside.getParent(); n != null && !dev.gofix.match.Constraints.isFunction(n); n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext f && f.getStart().getTokenIndex() < start) {
        return f;
      }
    }
    return null;
  }

  private static String labelOf(GoParser.ForStmtContext f) {
    if (f.getParent() instanceof GoParser.StatementContext s
        && s.getParent() instanceof GoParser.LabeledStmtContext l) {
      return l.IDENTIFIER().getText();
    }
    return null;
  }
}
