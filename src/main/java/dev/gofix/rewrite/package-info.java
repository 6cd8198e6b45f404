/**
 * Stage 3 of gofix: edits as token ranges plus new text, collected per pass in an {@link
 * dev.gofix.rewrite.EditSet} and applied once through ANTLR's TokenStreamRewriter, so that every
 * byte no edit covers comes out unchanged.
 */
package dev.gofix.rewrite;
