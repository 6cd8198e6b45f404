package dev.gofix.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClauseMetavariableTest {

  @Test
  void firstClauseOfASelect() throws PatternException {
    assertEquals(
        "select {\ncase v := <-in:\n_ = v\ncase in <- 1:\n}{FIRST=case v := <-in:\n_ = v,REST=case in <- 1:}",
        MatcherTest.matches("select {\n$FIRST\n$$$REST\n}",
            "select {\ncase v := <-in:\n_ = v\ncase in <- 1:\n}"));
  }

  @Test
  void defaultAmongClauses() throws PatternException {
    String pattern = "select {\n$$$A\ndefault:\n\t$$$D\n$$$B\n}";
    assertEquals("", MatcherTest.matches(pattern, "select {\ncase <-in:\n}"));
    assertEquals("select {\ncase <-in:\ndefault:\n}{A=case <-in:,B=,D=}",
        MatcherTest.matches(pattern, "select {\ncase <-in:\ndefault:\n}"));
  }

  @Test
  void switchClauses() throws PatternException {
    assertEquals("switch x {\ncase 1:\nf()\n}{C=case 1:\nf()}",
        MatcherTest.matches("switch x {\n$C\n}", "switch x {\ncase 1:\nf()\n}"));
  }
}
