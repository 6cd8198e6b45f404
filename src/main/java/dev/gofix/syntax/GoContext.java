package dev.gofix.syntax;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every parse tree node of the Go grammar. Most nodes have one to three children,
 * so their child lists start small instead of at ArrayList's default of ten.
 */
public class GoContext extends ParserRuleContext {
  /** {@link #significantChildren}, once counted; -1 before. */
  private int significant = -1;

  public GoContext() {}

  public GoContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) {
      children = new ArrayList<>(2);
    }
    children.add(t);
    significant = -1;
    return t;
  }

  @Override
  public void removeLastChild() {
    super.removeLastChild();
    significant = -1;
  }

  /**
   * The number of children that are not separators ({@code ;} or {@code ,} tokens): what the
   * matcher compares. Counted once and kept (a change of the children counts again).
   */
  public int significantChildren() {
    if (significant < 0) {
      significant = significant(children);
    }
    return significant;
  }

  /** The number of children in the list (null: none) that are not separators. */
  public static int significant(java.util.List<ParseTree> children) {
    int n = 0;
    if (children != null) {
      // An indexed loop: no iterator to allocate on the matcher's hottest path.
      for (int i = 0, size = children.size(); i < size; i++) {
        if (!isSeparator(children.get(i))) {
          n++;
        }
      }
    }
    return n;
  }

  /** Whether a child is a separator: a {@code ;} or {@code ,} token. */
  public static boolean isSeparator(ParseTree child) {
    if (!(child instanceof TerminalNode t)) {
      return false;
    }
    int type = t.getSymbol().getType();
    return type == GoLexer.SEMI || type == GoLexer.COMMA;
  }
}
