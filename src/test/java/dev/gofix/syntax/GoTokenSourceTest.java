package dev.gofix.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The semicolon rule of the Go specification ("Semicolons") as {@link GoTokenSource} applies it,
 * and the lexing of number literals.
 *
 * <p>Token sequences are written as the texts of the default-channel tokens separated by spaces,
 * with {@code ⏎} for an inserted semicolon; EOF is left out.
 */
class GoTokenSourceTest {

  /** Marks an inserted semicolon in {@link #visible(String)}. */
  private static final String NL = "⏎";

  /** Every token of the source, hidden ones included, up to and including EOF. */
  static List<Token> lex(String source) {
    GoLexer lexer = new GoLexer(CharStreams.fromString(source));
    lexer.removeErrorListeners();
    GoTokenSource tokens = new GoTokenSource(lexer);
    List<Token> all = new ArrayList<>();
    Token token;
    do {
      token = tokens.nextToken();
      all.add(token);
    } while (token.getType() != Token.EOF);
    return all;
  }

  /** The default-channel tokens as text, {@code ⏎} for inserted semicolons, without EOF. */
  static String visible(String source) {
    return lex(source).stream()
        .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
        .map(t -> GoTokenSource.isInserted(t) ? NL : t.getText())
        .collect(Collectors.joining(" "));
  }

  static Stream<Arguments> lineFinalTriggers() {
    return Stream.of(
        Arguments.of("x", GoLexer.IDENTIFIER),
        Arguments.of("_x9", GoLexer.IDENTIFIER),
        Arguments.of("π", GoLexer.IDENTIFIER),
        Arguments.of("42", GoLexer.INT_LIT),
        Arguments.of("0x2A", GoLexer.INT_LIT),
        Arguments.of("4.2", GoLexer.FLOAT_LIT),
        Arguments.of("1e3", GoLexer.FLOAT_LIT),
        Arguments.of("0x1p-2", GoLexer.FLOAT_LIT),
        Arguments.of("4i", GoLexer.IMAGINARY_LIT),
        Arguments.of("'a'", GoLexer.RUNE_LIT),
        Arguments.of("'\\n'", GoLexer.RUNE_LIT),
        Arguments.of("\"s\"", GoLexer.STRING_LIT),
        Arguments.of("`raw`", GoLexer.RAW_STRING_LIT),
        Arguments.of("`two\nlines`", GoLexer.RAW_STRING_LIT),
        Arguments.of("break", GoLexer.BREAK),
        Arguments.of("break L", GoLexer.IDENTIFIER),
        Arguments.of("continue", GoLexer.CONTINUE),
        Arguments.of("fallthrough", GoLexer.FALLTHROUGH),
        Arguments.of("return", GoLexer.RETURN),
        Arguments.of("x++", GoLexer.PLUS_PLUS),
        Arguments.of("x--", GoLexer.MINUS_MINUS),
        Arguments.of("f()", GoLexer.R_PAREN),
        Arguments.of("a[i]", GoLexer.R_BRACKET),
        Arguments.of("[]", GoLexer.R_BRACKET),
        Arguments.of("struct{}", GoLexer.R_CURLY),
        Arguments.of("}", GoLexer.R_CURLY));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lineFinalTriggers")
  void insertsSemicolonRightAfterLineFinalTrigger(String line, int triggerType) {
    List<Token> tokens = lex(line + "\ny\n");
    int semi = indexOfFirstInserted(tokens);
    assertTrue(semi > 0, () -> "no semicolon inserted in " + tokens);
    Token trigger = tokens.get(semi - 1);
    assertEquals(triggerType, trigger.getType(), () -> "trigger of " + tokens);
    Token inserted = tokens.get(semi);
    assertEquals(trigger.getStopIndex() + 1, inserted.getStartIndex(), "starts after the trigger");
    assertEquals("", inserted.getText());
    assertEquals(GoLexer.SEMI, inserted.getType());
    assertEquals(Token.DEFAULT_CHANNEL, inserted.getChannel());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lineFinalTriggers")
  void insertsSemicolonAtEndOfFileWithAndWithoutFinalNewline(String line, int triggerType) {
    for (String source : List.of(line, line + "\n")) {
      List<Token> tokens = lex(source);
      int eof = tokens.size() - 1;
      assertEquals(Token.EOF, tokens.get(eof).getType());
      Token semi = lastTokenBefore(tokens, eof);
      assertTrue(GoTokenSource.isInserted(semi), () -> "before EOF in " + tokens);
      int semiIndex = tokens.indexOf(semi);
      assertEquals(triggerType, tokens.get(semiIndex - 1).getType(), "right after the trigger");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "x +", "x -", "x *", "x /", "x &&", "x ||", "x ==", "x <", "x =", "x :=", "x +=", "x <-",
        "x &^", "x |", "f(", "a[", "x.", "{", "a,", "x:", "x;", "...", "!", "~", "func", "if",
        "else", "for", "switch", "case", "default", "select", "go", "defer", "goto", "var",
        "const", "type", "import", "package", "chan", "map", "struct", "interface", "range"
      })
  void insertsNoSemicolonAfterOtherTokens(String line) {
    List<Token> tokens = lex(line + "\ny\n");
    int semi = indexOfFirstInserted(tokens);
    assertEquals("y", lastTokenBefore(tokens, semi).getText(), () -> "first insert in " + tokens);
  }

  static Stream<Arguments> commentsAndLineEnds() {
    return Stream.of(
        Arguments.of("x // c\ny\n", "x ⏎ y ⏎"),
        Arguments.of("x// c\ny\n", "x ⏎ y ⏎"),
        Arguments.of("x /* a\n b */ y\n", "x ⏎ y ⏎"),
        Arguments.of("x /* c */ y\n", "x y ⏎"),
        Arguments.of("x /* c */\ny\n", "x ⏎ y ⏎"),
        Arguments.of("x /* c */ /* d */\ny\n", "x ⏎ y ⏎"),
        Arguments.of("x /* c */ // d\ny\n", "x ⏎ y ⏎"),
        Arguments.of("x /* c */ /* d\n */ y\n", "x ⏎ y ⏎"),
        Arguments.of("x \t \ny\n", "x ⏎ y ⏎"),
        Arguments.of("x\r\ny\r\n", "x ⏎ y ⏎"),
        Arguments.of("x\n\n\ny\n", "x ⏎ y ⏎"),
        Arguments.of("x; y;\n", "x ; y ;"),
        Arguments.of("{ /* a\n */ }\n", "{ } ⏎"),
        Arguments.of("x + // c\ny\n", "x + y ⏎"),
        Arguments.of("f(a,\nb)\n", "f ( a , b ) ⏎"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("commentsAndLineEnds")
  void lineCommentsAndMultiLineGeneralCommentsEndLines(String source, String expected) {
    assertEquals(expected, visible(source));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"x", "x\n", "x // c", "x /* c */", "x /* c */ ", "x\n\n// c\n"})
  void endOfFileEndsTheLastLine(String source) {
    assertEquals("x ⏎", visible(source));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "\n", "// only a comment\n", "x +", "x +\n", "f(\n"})
  void endOfFileAfterNonTriggerInsertsNothing(String source) {
    assertFalse(visible(source).contains(NL), () -> visible(source));
  }

  @Test
  void semicolonBeforeLineCommentSitsBetweenTokenAndComment() {
    List<Token> tokens = lex("\tfoo()  // c\nbar\n");
    int semi = indexOfFirstInserted(tokens);
    assertEquals(")", tokens.get(semi - 1).getText());
    assertEquals("  ", tokens.get(semi + 1).getText());
    assertEquals("// c", tokens.get(semi + 2).getText());
    Token inserted = tokens.get(semi);
    assertEquals(6, inserted.getStartIndex());
    assertEquals(1, inserted.getLine());
    assertEquals(6, inserted.getCharPositionInLine());
  }

  @Test
  void semicolonBeforeMultiLineCommentSitsBeforeTheComment() {
    List<Token> tokens = lex("x /* a\nb */ y");
    List<String> texts = tokens.stream().map(Token::getText).toList();
    assertEquals(List.of("x", "", " ", "/* a\nb */", " ", "y", "", "<EOF>"), texts);
    assertTrue(GoTokenSource.isInserted(tokens.get(1)));
    assertTrue(GoTokenSource.isInserted(tokens.get(6)));
  }

  @Test
  void insertedSemicolonsPrintAsNothing() {
    String source = "package p\n\nfunc f() int {\n\tx++ // c\n\treturn x; /* d */\n}";
    List<Token> tokens = lex(source);
    String printed =
        tokens.stream()
            .filter(t -> t.getType() != Token.EOF)
            .map(Token::getText)
            .collect(Collectors.joining());
    assertEquals(source, printed);
    long inserted = tokens.stream().filter(GoTokenSource::isInserted).count();
    assertEquals(3, inserted, "after p, ++ and the last }; not after x, which a ';' follows");
  }

  @Test
  void writtenSemicolonIsNotInserted() {
    List<Token> tokens = lex("x;");
    Token written = tokens.get(1);
    assertEquals(GoLexer.SEMI, written.getType());
    assertEquals(";", written.getText());
    assertFalse(GoTokenSource.isInserted(written));
  }

  static Stream<Arguments> validNumbers() {
    return Stream.of(
        Arguments.of("0", GoLexer.INT_LIT),
        Arguments.of("42", GoLexer.INT_LIT),
        Arguments.of("00", GoLexer.INT_LIT),
        Arguments.of("017", GoLexer.INT_LIT),
        Arguments.of("0_7", GoLexer.INT_LIT),
        Arguments.of("0o17", GoLexer.INT_LIT),
        Arguments.of("0O17", GoLexer.INT_LIT),
        Arguments.of("0o_7", GoLexer.INT_LIT),
        Arguments.of("0b101", GoLexer.INT_LIT),
        Arguments.of("0B1_0", GoLexer.INT_LIT),
        Arguments.of("0b_1", GoLexer.INT_LIT),
        Arguments.of("0x_1F", GoLexer.INT_LIT),
        Arguments.of("0XdeadBEEF", GoLexer.INT_LIT),
        Arguments.of("1_000", GoLexer.INT_LIT),
        Arguments.of("1_000_000", GoLexer.INT_LIT),
        Arguments.of("0.", GoLexer.FLOAT_LIT),
        Arguments.of(".5", GoLexer.FLOAT_LIT),
        Arguments.of("1.5", GoLexer.FLOAT_LIT),
        Arguments.of("1e10", GoLexer.FLOAT_LIT),
        Arguments.of("1E-3", GoLexer.FLOAT_LIT),
        Arguments.of("1.e+2", GoLexer.FLOAT_LIT),
        Arguments.of("0.e1", GoLexer.FLOAT_LIT),
        Arguments.of("1_0.2_5e1_0", GoLexer.FLOAT_LIT),
        Arguments.of("08.5", GoLexer.FLOAT_LIT),
        Arguments.of("09e1", GoLexer.FLOAT_LIT),
        Arguments.of("0x1p-2", GoLexer.FLOAT_LIT),
        Arguments.of("0X1.8P+1", GoLexer.FLOAT_LIT),
        Arguments.of("0x.8p0", GoLexer.FLOAT_LIT),
        Arguments.of("0x_1p4", GoLexer.FLOAT_LIT),
        Arguments.of("0x1p1_0", GoLexer.FLOAT_LIT),
        Arguments.of("0i", GoLexer.IMAGINARY_LIT),
        Arguments.of("089i", GoLexer.IMAGINARY_LIT),
        Arguments.of("0_8i", GoLexer.IMAGINARY_LIT),
        Arguments.of("1.5i", GoLexer.IMAGINARY_LIT),
        Arguments.of("1e3i", GoLexer.IMAGINARY_LIT),
        Arguments.of("0x1p-2i", GoLexer.IMAGINARY_LIT),
        Arguments.of("0xFi", GoLexer.IMAGINARY_LIT),
        Arguments.of("0b1i", GoLexer.IMAGINARY_LIT),
        Arguments.of("0o7i", GoLexer.IMAGINARY_LIT));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validNumbers")
  void lexesValidNumberLiteralAsOneToken(String literal, int type) {
    GoLexer lexer = new GoLexer(CharStreams.fromString(literal));
    lexer.removeErrorListeners();
    GoTokenSource source = new GoTokenSource(lexer);
    Token token = source.nextToken();
    assertEquals(literal, token.getText());
    assertEquals(type, token.getType());
    assertTrue(source.lexicalErrors().isEmpty(), () -> "invalid: " + source.lexicalErrors());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"08", "09", "0_8", "0777_8", "0o8", "0O19", "0b2", "0b102", "0B_12"})
  void flagsIntegerWhoseDigitsDoNotFitItsBase(String literal) {
    GoLexer lexer = new GoLexer(CharStreams.fromString(literal));
    lexer.removeErrorListeners();
    GoTokenSource source = new GoTokenSource(lexer);
    Token token = source.nextToken();
    assertEquals(literal, token.getText(), "lexed as one token");
    assertEquals(GoLexer.INT_LIT, token.getType());
    assertEquals(
        List.of(new GoTokenSource.LexicalError(token, "invalid digit in literal " + literal)),
        source.lexicalErrors());
  }

  private static int indexOfFirstInserted(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (GoTokenSource.isInserted(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The last default-channel token before position {@code end} of the list. */
  private static Token lastTokenBefore(List<Token> tokens, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
        return tokens.get(i);
      }
    }
    throw new AssertionError("no token before " + end + " in " + tokens);
  }
}
