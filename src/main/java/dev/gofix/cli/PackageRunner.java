package dev.gofix.cli;

import dev.gofix.recipe.FileResult;
import dev.gofix.syntax.GoSource;
import java.util.List;

/** Runs the selected recipes over the files of one package; one result per file, in order. */
@FunctionalInterface
interface PackageRunner {
  List<FileResult> run(List<GoSource> packageFiles);
}
