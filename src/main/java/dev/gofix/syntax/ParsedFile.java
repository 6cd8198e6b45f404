package dev.gofix.syntax;

import java.util.List;

/**
 * A Go file after parsing: its source, every token (hidden ones included, indexes as in the
 * original stream), the parse tree, and the syntax errors found.
 *
 * @param usedFullLl whether SLL prediction failed and the file was parsed again with full LL
 */
public record ParsedFile(
    GoSource source,
    TokenArray tokens,
    GoParser.SourceFileContext tree,
    List<SyntaxError> errors,
    boolean usedFullLl) {

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The text of all tokens in order; equals the source text for every file the lexer reads. */
  public String printTokens() {
    return tokens.getText();
  }
}
