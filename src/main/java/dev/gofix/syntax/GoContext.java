package dev.gofix.syntax;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of every parse tree node of the Go grammar. Most nodes have one to three children,
 * so their child lists start small instead of at ArrayList's default of ten.
 */
public class GoContext extends ParserRuleContext {
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
    return t;
  }
}
