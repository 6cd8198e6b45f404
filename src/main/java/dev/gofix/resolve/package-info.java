/**
 * Stage between syntax and matching: name resolution and type facts for one Go package, computed
 * from the parse trees alone.
 *
 * <p>{@link dev.gofix.resolve.PackageScope} collects the package-level declarations and imports of
 * the files of one package; {@link dev.gofix.resolve.FileScope} resolves the identifiers of one
 * file with Go's block scoping, built lazily by one walk over the file's tree; {@link
 * dev.gofix.resolve.TypeFacts} describes declared types and the few inferred ones that syntax
 * shows. What syntax cannot tell (what a selector names, which package a dot import brings in) is
 * reported as unknown, never guessed.
 */
package dev.gofix.resolve;
