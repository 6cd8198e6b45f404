package dev.gofix.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofix.syntax.GoFileParser;
import dev.gofix.syntax.GoSource;
import org.junit.jupiter.api.Test;

class CommentColumnsTest {
  private static String realign(String before, String after) {
    return CommentColumns.realign(before, new GoFileParser().parse(new GoSource("x.go", after)));
  }

  @Test
  void aRunWithAChangedLineIsAlignedOneColumnAfterItsLongestCode() {
    String before = "package p\n\nvar (\n\ta = fooooo // a\n\tb = 1      // b\n)\n";
    assertEquals("package p\n\nvar (\n\ta = f // a\n\tb = 1 // b\n)\n",
        realign(before, "package p\n\nvar (\n\ta = f // a\n\tb = 1      // b\n)\n"));
    assertEquals("package p\n\nvar (\n\ta = foooooooo // a\n\tb = 1         // b\n)\n",
        realign(before, "package p\n\nvar (\n\ta = foooooooo // a\n\tb = 1      // b\n)\n"));
  }

  @Test
  void runsWithoutAChangedLineAndLinesWithoutCommentsStayAsTheyAre() {
    String before = "package p\n\nvar (\n\ta = fooooo // a\n\n\tb = 1  // b\n\tc = 2  // c\n)\n";
    String after = "package p\n\nvar (\n\ta = f // a\n\n\tb = 1  // b\n\tc = 2  // c\n)\n";
    assertEquals(after, realign(before, after));
  }

  @Test
  void crlfLinesKeepTheirEnds() {
    String before = "package p\r\n\r\nvar (\r\n\ta = fooooo // a\r\n\tb = 1      // b\r\n)\r\n";
    assertEquals("package p\r\n\r\nvar (\r\n\ta = f // a\r\n\tb = 1 // b\r\n)\r\n",
        realign(before, "package p\r\n\r\nvar (\r\n\ta = f // a\r\n\tb = 1      // b\r\n)\r\n"));
  }
}
