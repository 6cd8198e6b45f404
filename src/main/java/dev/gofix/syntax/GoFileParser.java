package dev.gofix.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
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
    CharStream chars = CharStreams.fromString(source.text(), source.path());
    GoLexer lexer = new GoLexer(chars);
    lexer.removeErrorListeners();
    GoTokenSource tokenSource = new GoTokenSource(lexer);
    CommonTokenStream tokens = new CommonTokenStream(tokenSource);
    tokens.fill();

    GoParser parser = new GoParser(tokens);
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
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new Collector(source, chars, errors));
      tree = parser.sourceFile();
    }
    for (Token literal : tokenSource.invalidLiterals()) {
      errors.add(errorAt(source, chars, literal, "invalid digit in literal " + literal.getText()));
    }
    if (errors.isEmpty()) {
      SyntaxChecks.check(tree, (token, message) -> errors.add(errorAt(source, chars, token, message)));
    }
    errors.sort(
        (a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    return new ParsedFile(source, tokens, tree, List.copyOf(errors), fullLl);
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
