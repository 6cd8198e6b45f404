package dev.gofix.match;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.GoParser;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * {@code read-after(X, Y)}: the variable that the identifier {@code X} names is mentioned after
 * the last token of {@code Y}, or anywhere in a {@code for} loop around {@code Y} (whose next
 * iteration runs the code before it again), within the top-level function or method around
 * {@code Y}, other
 * than as the target of an assignment or increment: {@code x = v}, {@code x.f = v},
 * {@code x.f op= v}, {@code x.f++} write the variable without letting its value out, so they do
 * not count; any other mention (a read, a call, an argument, a capture, {@code &x},
 * {@code x.s[i] = v}) does. A name the package does not declare is never read.
 */
final class ReadAfter {
  private final Matcher matcher;
  private final Facts facts;

  ReadAfter(Matcher matcher, Facts facts) {
    this.matcher = matcher;
    this.facts = facts;
  }

  boolean test(Token variable, ParseTree around, int after) {
    Optional<Facts.Declared> decl = facts.declared(variable);
    if (decl.isEmpty()) {
      return false;
    }
    ParseTree top = around;
    while (top.getParent() != null && !(top instanceof GoParser.FunctionDeclContext)
        && !(top instanceof GoParser.MethodDeclContext)) {
      top = top.getParent();
    }
    if (!(top instanceof ParserRuleContext f) || f.getStop() == null) {
      return false;
    }
    // In a loop, the next iteration runs the code before Y again: scan from the outermost loop.
    int from = after + 1;
    for (ParseTree n = around; n != null && n != f && !Constraints.isFunction(n); n = n.getParent()) {
      if (n instanceof GoParser.ForStmtContext loop) {
        from = Math.min(from, loop.getStart().getTokenIndex());
      }
    }
    return read(f, variable.getText(), decl.get(), from);
  }

  private boolean read(ParseTree node, String name, Facts.Declared decl, int from) {
    if (node instanceof ParserRuleContext c && c.getStop() != null
        && c.getStop().getTokenIndex() < from) {
      return false;
    }
    if (node instanceof org.antlr.v4.runtime.tree.TerminalNode t) {
      Token tok = t.getSymbol();
      return tok.getTokenIndex() >= from && tok.getType() == GoLexer.IDENTIFIER
          && tok.getText().equals(name) && !writtenOnly(t)
          && facts.declared(tok).filter(decl::equals).isPresent();
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      if (read(node.getChild(i), name, decl, from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the identifier is "x" or the "x" of "x.f" on the left of an assignment or increment. */
  private static boolean writtenOnly(org.antlr.v4.runtime.tree.TerminalNode id) {
    if (!(id.getParent() instanceof GoParser.OperandContext operand)
        || !(operand.getParent() instanceof GoParser.PrimaryExprContext primary)) {
      return false;
    }
    List<ParseTree> parts = primary.children;
    if (parts.size() > 2 || (parts.size() == 2 && !(parts.get(1) instanceof GoParser.SelectorContext))) {
      return false;
    }
    return primary.getParent() instanceof GoParser.ExpressionListContext list
        && list.getParent() instanceof GoParser.SimpleStmtContext s && s.expressionList() == list
        && (s.assignTail() != null || s.incDecTail() != null);
  }
}
