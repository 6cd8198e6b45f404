package dev.gofix.match;

import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Code that matched a pattern: the tokens {@code start..stop} of the file's full token stream,
 * the code node the match was found at, and the metavariable bindings.
 *
 * @param node the matched node; for a statement sequence, its first statement; for a call chain
 *     matched in part ({@code wg.Add(1)} in {@code wg.Add(1).X}), the whole chain
 */
public record Match(Pattern pattern, ParseTree node, int start, int stop, Bindings bindings) {}
