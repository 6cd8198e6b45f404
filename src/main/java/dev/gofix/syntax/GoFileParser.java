package dev.gofix.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import java.util.Comparator;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Go files: SLL prediction with a bail-out error strategy first, and full LL with error
 * recovery only when that fails, so valid files pay for no error handling and errors are all
 * collected. Thread-safe: each call uses its own lexer and parser.
 */
public final class GoFileParser {

  /** Parses one file. Never throws on bad input: errors are in the result. */
  public ParsedFile parse(GoSource source) {
    return parse(source, NO_BLANKS);
  }

  private static final int[] NO_BLANKS = {};

  /**
   * Parses one file as if the ranges in {@code blanks} (pairs of character indexes, from and to
   * exclusive, non-empty and ascending) were blanked: every character in them but line ends made
   * a space. The tokens and the tree are those of the text so blanked, with no copy of it made:
   * each range lies within one white-space token, whose text is the original's, and the result's
   * source is the original. (Where the grammar's own lexer is needed, it reads a blanked copy,
   * which is then the result's source.)
   */
  public ParsedFile parse(GoSource source, int[] blanks) {
    // The characters read: token arrays are sized by them, not by the blanked ones.
    int read = source.text().length() - blankedLength(blanks, source.text().length());
    CharStream chars = StringCharStream.of(source.text(), source.path());
    // Sized so that nine files in ten need no second array: over GOROOT/src, the files of 2 kB
    // or more have 0.28 tokens per character (0.39 at the 90th percentile), white space and
    // comments included, and 0.19 visible ones (0.27).
    TokenBuffer all = new TokenBuffer(allTokensFor(read));
    TokenBuffer visible = new TokenBuffer(visibleTokensFor(read));
    GoTokenSource tokenSource = lex(source.text(), chars, all, visible, blanks);
    if (tokenSource == null) {
      return parse(new GoSource(source.path(), blanked(source.text(), blanks)));
    }
    // The parser's view and the full stream share one array of every token; the buffers that
    // collected them are dropped here.
    Token[] allTokens = all.toArray();
    TokenArray tokens = new TokenArray(allTokens, allTokens, tokenSource);

    CheckingParser parser = new CheckingParser(new TokenArray(visible.toArray(), allTokens, tokenSource));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    GoParser.SourceFileContext tree;
    boolean fullLl = false;
    List<SyntaxError> errors = new ArrayList<>();
    try {
      tree = parser.sourceFile();
    } catch (ParseCancellationException e) {
      fullLl = true;
      parser.reset();
      parser.toCheck.clear();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new Collector(source, chars, errors));
      tree = parser.sourceFile();
    }
    for (GoTokenSource.LexicalError error : tokenSource.lexicalErrors()) {
      errors.add(errorAt(source, chars, error.token(), error.message()));
    }
    if (errors.isEmpty()) {
      SyntaxChecks.check(
          parser.toCheck, (at, message) -> errors.add(errorAt(source, chars, at, message)));
    }
    errors.sort(
        Comparator.comparingInt(SyntaxError::line).thenComparingInt(SyntaxError::column));
    return new ParsedFile(source, tokens, tree, List.copyOf(errors), fullLl);
  }

  /**
   * The default-channel tokens of a text, semicolons inserted as the parser sees them, EOF last;
   * no parse. Lexical errors are not reported.
   */
  public static List<Token> tokens(String text) {
    CharStream chars = StringCharStream.of(text, "<text>");
    TokenBuffer visible = new TokenBuffer(visibleTokensFor(text.length()));
    lex(text, chars, new TokenBuffer(allTokensFor(text.length())), visible, NO_BLANKS);
    return java.util.Arrays.asList(visible.toArray());
  }

  /**
   * Reads the text's tokens into {@code all} and the default-channel ones into {@code visible}:
   * with {@link GoScanner}, or, for text it leaves to the grammar's own lexer, with
   * {@link GoLexer} from the start. Returns the token source that gave them; null when the text
   * has blanked ranges and needs the grammar's lexer, which reads no ranges.
   */
  private static GoTokenSource lex(String text, CharStream chars, TokenBuffer all, TokenBuffer visible, int[] blanks) {
    try {
      GoTokenSource scanned = new GoTokenSource(new GoScanner(text, chars, blanks));
      readAll(scanned, all, visible);
      return scanned;
    } catch (GoScanner.Unsupported e) {
      all.clear();
      visible.clear();
      if (blanks.length > 0) {
        return null;
      }
      GoLexer lexer = new GoLexer(chars);
      lexer.removeErrorListeners();
      GoTokenSource lexed = new GoTokenSource(lexer);
      readAll(lexed, all, visible);
      return lexed;
    }
  }

  /** Reads every token, numbering them, into {@code all}, and the default-channel ones into {@code visible}. */
  private static void readAll(GoTokenSource tokenSource, TokenBuffer all, TokenBuffer visible) {
    Token token;
    do {
      token = tokenSource.nextToken();
      ((CommonToken) token).setTokenIndex(all.size);
      all.add(token);
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        visible.add(token);
      }
    } while (token.getType() != Token.EOF);
  }

  /**
   * The text with the ranges ({@link #parse(GoSource, int[])}) blanked: every character in them
   * but line ends made a space.
   */
  public static String blanked(String text, int[] blanks) {
    char[] c = text.toCharArray();
    for (int k = 0; k < blanks.length; k += 2) {
      for (int j = blanks[k]; j < blanks[k + 1]; j++) {
        if (c[j] != '\n') {
          c[j] = ' ';
        }
      }
    }
    return new String(c);
  }

  /** The number of characters in the ranges, checked to be ascending non-empty pairs within the text. */
  private static int blankedLength(int[] blanks, int length) {
    int last = 0;
    int total = 0;
    for (int k = 0; k < blanks.length; k += 2) {
      if (k + 1 >= blanks.length || blanks[k] < last || blanks[k + 1] <= blanks[k] || blanks[k + 1] > length) {
        throw new IllegalArgumentException("blanked ranges not ascending non-empty pairs within the text");
      }
      total += blanks[k + 1] - blanks[k];
      last = blanks[k + 1];
    }
    return total;
  }

  private static int allTokensFor(int length) {
    return (int) (length * 0.4);
  }

  private static int visibleTokensFor(int length) {
    return (int) (length * 0.28);
  }

  /** Tokens in the order read: a growing array, cheaper than a list on the lexer's path. */
  private static final class TokenBuffer {
    private Token[] items;
    private int size;

    TokenBuffer(int capacity) {
      items = new Token[capacity + 16];
    }

    void add(Token token) {
      if (size == items.length) {
        items = java.util.Arrays.copyOf(items, size + (size >> 1));
      }
      items[size++] = token;
    }

    void clear() {
      java.util.Arrays.fill(items, 0, size, null);
      size = 0;
    }

    /** The tokens, in an array of their number. */
    Token[] toArray() {
      return size == items.length ? items : java.util.Arrays.copyOf(items, size);
    }
  }

  /**
   * The generated parser, noting as it goes the nodes that {@link SyntaxChecks} looks at, so
   * that no second walk over the whole tree is needed.
   */
  private static final class CheckingParser extends GoParser {
    final List<ParserRuleContext> toCheck = new ArrayList<>();

    CheckingParser(TokenStream input) {
      super(input);
      setInterpreter(new CachedPrediction(this, _ATN, _decisionToDFA, _sharedContextCache));
    }

    @Override
    public void exitRule() {
      if (SyntaxChecks.checks(_ctx)) {
        toCheck.add(_ctx);
      }
      super.exitRule();
    }
  }

  /** An error at a token, with Go's byte-counted column. */
  static SyntaxError errorAt(GoSource source, CharStream chars, Token token, String message) {
    int start = Math.min(token.getStartIndex(), chars.size());
    int lineStart = start - token.getCharPositionInLine();
    String prefix = lineStart < start ? chars.getText(Interval.of(lineStart, start - 1)) : "";
    int column = prefix.getBytes(StandardCharsets.UTF_8).length + 1;
    return new SyntaxError(source.path(), token.getLine(), column, message);
  }

  /** Describes a token the way Go's parser does in its messages. */
  static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "EOF";
    }
    if (GoTokenSource.isInserted(token)) {
      return "newline";
    }
    return "'" + token.getText() + "'";
  }

  /** Collects the errors of the recovering parse as values; nothing goes to the console. */
  private static final class Collector extends BaseErrorListener {
    private final GoSource source;
    private final CharStream chars;
    private final List<SyntaxError> errors;

    Collector(GoSource source, CharStream chars, List<SyntaxError> errors) {
      this.source = source;
      this.chars = chars;
      this.errors = errors;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      Token token = (Token) offendingSymbol;
      String message = "syntax error: unexpected " + describe(token);
      if (recognizer instanceof Parser parser && (e == null || e instanceof InputMismatchException || e instanceof NoViableAltException)) {
        IntervalSet expected = e != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        if (expected != null && expected.size() > 0 && expected.size() <= 4) {
          message += ", expected " + expected.toString(parser.getVocabulary());
        }
      }
      errors.add(errorAt(source, chars, token, message));
    }
  }
}
