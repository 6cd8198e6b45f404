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

  // The generated accessors (ifStmt.block(), forStmt.SEMI(), ...) land in the four methods below.
  // ANTLR's versions walk the children with an iterator, which the C1 compiler gofix runs with
  // allocates on each call; these index the list and answer the same.

  @Override
  public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int seen = 0;
    for (int k = 0, n = children.size(); k < n; k++) {
      ParseTree child = children.get(k);
      if (type.isInstance(child) && seen++ == i) {
        return type.cast(child);
      }
    }
    return null;
  }

  @Override
  public TerminalNode getToken(int type, int i) {
    if (children == null || i < 0 || i >= children.size()) {
      return null;
    }
    int seen = 0;
    for (int k = 0, n = children.size(); k < n; k++) {
      if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == type && seen++ == i) {
        return t;
      }
    }
    return null;
  }

  @Override
  public java.util.List<TerminalNode> getTokens(int type) {
    java.util.List<TerminalNode> out = null;
    for (int k = 0, n = children == null ? 0 : children.size(); k < n; k++) {
      if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == type) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(t);
      }
    }
    return out == null ? java.util.Collections.emptyList() : out;
  }

  @Override
  public <T extends ParserRuleContext> java.util.List<T> getRuleContexts(Class<? extends T> type) {
    java.util.List<T> out = null;
    for (int k = 0, n = children == null ? 0 : children.size(); k < n; k++) {
      ParseTree child = children.get(k);
      if (type.isInstance(child)) {
        if (out == null) {
          out = new ArrayList<>(children.size());
        }
        out.add(type.cast(child));
      }
    }
    return out == null ? java.util.Collections.emptyList() : out;
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
