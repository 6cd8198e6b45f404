package dev.gofix.syntax;

import java.io.PrintWriter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Prints a parse tree one node a line, indented by depth: rule names, then tokens as quoted text. */
public final class SyntaxTreePrinter {
  private final PrintWriter out;

  public SyntaxTreePrinter(PrintWriter out) {
    this.out = out;
  }

  public void print(ParsedFile file) {
    print(file.tree(), 0);
  }

  private void print(ParseTree node, int depth) {
    out.print("  ".repeat(depth));
    if (node instanceof TerminalNode terminal) {
      out.println(GoFileParser.describe(terminal.getSymbol()).replace("\n", "\\n"));
      return;
    }
    ParserRuleContext rule = (ParserRuleContext) node;
    out.println(GoParser.ruleNames[rule.getRuleIndex()]);
    for (int i = 0; i < rule.getChildCount(); i++) {
      print(rule.getChild(i), depth + 1);
    }
  }
}
