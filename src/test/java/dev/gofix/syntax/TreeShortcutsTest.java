package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matcher's shortcuts into trees and tokens: counted children, token texts not made, and
 * child accessors without iterators.
 */
class TreeShortcutsTest {
  private static final String GO = """
      package p

      import "fmt"

      func f(a, b int, s []string) (int, error) {
      \tx, y := s[a:b], map[string]int{"k": 1, "l": 2}
      \tfor i := 0; i < len(x); i++ {
      \t\tfmt.Println(x[i], y)
      \t}
      \treturn a + b, nil // done
      }
      """;

  @ParameterizedTest
  @ValueSource(strings = {"", "// 😀 makes the text need ANTLR's own stream\n"})
  void significantChildrenCountsAllButSeparators(String prefix) {
    ParsedFile file = new GoFileParser().parse(new GoSource("p.go", prefix + GO));
    assertFalse(file.hasErrors(), file.errors()::toString);
    int[] withSeparators = {0};
    walk(file.tree(), withSeparators);
    assertTrue(withSeparators[0] > 5, "nodes with separators: " + withSeparators[0]);
  }

  @Test
  void accessorsAnswerAsAntlrsOwn() {
    // GoContext indexes the child list where ParserRuleContext iterates it: the same children
    // given to a plain ParserRuleContext are the oracle, for every node of a file.
    ParsedFile file = new GoFileParser().parse(new GoSource("p.go", GO));
    assertFalse(file.hasErrors(), file.errors()::toString);
    int[] compared = {0};
    compareAccessors(file.tree(), compared);
    assertTrue(compared[0] > 500, "lookups compared: " + compared[0]);
  }

  private static void compareAccessors(ParseTree node, int[] compared) {
    if (!(node instanceof GoContext ctx)) {
      return;
    }
    ParserRuleContext plain = new ParserRuleContext();
    plain.children = ctx.children;
    java.util.Set<Integer> types = new java.util.TreeSet<>(java.util.List.of(GoLexer.SEMI, GoLexer.IDENTIFIER));
    java.util.Set<Class<? extends ParserRuleContext>> classes = new java.util.LinkedHashSet<>();
    classes.add(GoParser.ExpressionContext.class); // a superclass of labelled alternatives
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode t) {
        types.add(t.getSymbol().getType());
      } else {
        classes.add(((ParserRuleContext) ctx.getChild(i)).getClass());
      }
    }
    for (int type : types) {
      assertEquals(plain.getTokens(type), ctx.getTokens(type));
      for (int i = -1; i <= 3; i++) {
        assertEquals(plain.getToken(type, i), ctx.getToken(type, i));
        compared[0]++;
      }
    }
    for (Class<? extends ParserRuleContext> type : classes) {
      assertEquals(plain.getRuleContexts(type), ctx.getRuleContexts(type));
      for (int i = -1; i <= 3; i++) {
        assertEquals((Object) plain.getRuleContext(type, i), ctx.getRuleContext(type, i));
        assertEquals((Object) plain.getChild(type, i), ctx.getChild(type, i));
        compared[0]++;
      }
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      compareAccessors(ctx.getChild(i), compared);
    }
  }

  private static void walk(ParseTree node, int[] withSeparators) {
    if (!(node instanceof ParserRuleContext ctx)) {
      return;
    }
    int n = 0;
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode t
          && (t.getSymbol().getType() == GoLexer.SEMI || t.getSymbol().getType() == GoLexer.COMMA)) {
        continue;
      }
      n++;
    }
    if (n != ctx.getChildCount()) {
      withSeparators[0]++;
    }
    assertEquals(n, ((GoContext) ctx).significantChildren(), () -> ctx.getClass().getSimpleName() + ": " + ctx.getText());
    for (int i = 0; i < ctx.getChildCount(); i++) {
      walk(ctx.getChild(i), withSeparators);
    }
  }

  @Test
  void significantChildrenFollowsChanges() {
    GoContext ctx = new GoContext();
    assertEquals(0, ctx.significantChildren());
    ctx.addAnyChild(new TerminalNodeImpl(new CommonToken(GoLexer.IDENTIFIER, "a")));
    ctx.addAnyChild(new TerminalNodeImpl(new CommonToken(GoLexer.COMMA, ",")));
    assertEquals(1, ctx.significantChildren());
    ctx.addAnyChild(new TerminalNodeImpl(new CommonToken(GoLexer.IDENTIFIER, "b")));
    assertEquals(2, ctx.significantChildren());
    ctx.removeLastChild();
    assertEquals(1, ctx.significantChildren());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "// 😀 makes the text need ANTLR's own stream\n"})
  void tokenTextIsComparesAsTheTokensText(String prefix) {
    ParsedFile file = new GoFileParser().parse(new GoSource("p.go", prefix + GO));
    int inserted = 0;
    for (Token t : file.tokens().tokens()) {
      String text = t.getText();
      assertTrue(TokenText.is(t, text), () -> "own text of " + t);
      assertFalse(TokenText.is(t, text + "x"), () -> "longer text of " + t);
      if (!text.isEmpty()) {
        assertFalse(TokenText.is(t, text.substring(1)), () -> "shorter text of " + t);
        assertFalse(TokenText.is(t, "#" + text.substring(1)), () -> "other text of " + t);
      }
      if (t.getType() == GoLexer.SEMI && text.isEmpty()) {
        inserted++;
        assertFalse(TokenText.is(t, ";"));
      }
    }
    assertTrue(inserted > 3, "inserted semicolons: " + inserted);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "// 😀 makes the text need ANTLR's own stream\n"})
  void tokenTextSameComparesTwoFilesTokensAsTheirTexts(String prefix) {
    // The second file is the first with one name changed and a char beyond 16 bits in the
    // first's header only: its offsets count code points, so no char index of one is the other's.
    ParsedFile a = new GoFileParser().parse(new GoSource("a.go", prefix + GO));
    ParsedFile b = new GoFileParser().parse(new GoSource("b.go", GO.replace("package p", "package q")));
    for (Token x : a.tokens().tokens()) {
      for (Token y : b.tokens().tokens()) {
        assertEquals(x.getText().equals(y.getText()), TokenText.same(x, y), () -> x + " and " + y);
      }
    }
  }
}
