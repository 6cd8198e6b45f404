package dev.gofix.syntax;

import org.antlr.v4.runtime.Token;

/**
 * The checks of Go's parser that the grammar leaves out to stay fast and unambiguous: each is
 * made on the parse tree of a file that parsed.
 */
final class SyntaxChecks {
  /** Receives an error at a token. */
  interface Reporter {
    void report(Token at, String message);
  }

  private SyntaxChecks() {}

  static void check(GoParser.SourceFileContext tree, Reporter reporter) {
    // Filled in below as the corpus shows what go/parser rejects and the grammar accepts.
  }
}
