/**
 * Stage 1 of gofix: Go source text to tokens and parse tree, losing nothing.
 *
 * <p>{@link dev.gofix.syntax.GoFileParser} lexes a {@link dev.gofix.syntax.GoSource} with the
 * ANTLR lexer generated from {@code GoLexer.g4}, inserts the specification's semicolons in {@link
 * dev.gofix.syntax.GoTokenSource}, parses with {@code GoParser.g4} (SLL first, full LL only after a
 * failure) and runs {@link dev.gofix.syntax.SyntaxChecks}. The result, a {@link
 * dev.gofix.syntax.ParsedFile}, holds every token, hidden ones included, so that printing the
 * tokens gives back the file byte for byte and edits can be made on token ranges.
 */
package dev.gofix.syntax;
