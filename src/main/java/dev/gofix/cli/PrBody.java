package dev.gofix.cli;

import dev.gofix.recipe.Finding;
import dev.gofix.recipe.Recipe;
import java.util.List;

/**
 * The Markdown body of a pull request for an {@code apply} run ({@code --pr-body FILE}): the
 * command, a table with one row per recipe that ran (safety, files changed, fixes made,
 * report-only findings), then each recipe's description.
 */
final class PrBody {
  private PrBody() {}

  static String of(String command, RunReport report) {
    StringBuilder md = new StringBuilder();
    md.append("Changes made by `").append(command).append("`.\n\n");
    md.append("| recipe | safety | files | fixes | report-only findings |\n");
    md.append("|---|---|---:|---:|---:|\n");
    List<Finding> findings = report.findings();
    for (Recipe recipe : report.recipes()) {
      long files =
          report.files().stream()
              .filter(FileOutcome::changed)
              .filter(f -> f.result().findings().stream().anyMatch(x -> x.fixed() && x.recipe().equals(recipe.id())))
              .count();
      long fixes = findings.stream().filter(f -> f.fixed() && f.recipe().equals(recipe.id())).count();
      long reports = findings.stream().filter(f -> !f.fixed() && f.recipe().equals(recipe.id())).count();
      md.append("| `").append(recipe.id()).append("` | ").append(recipe.safety().label())
          .append(" | ").append(files).append(" | ").append(fixes).append(" | ").append(reports)
          .append(" |\n");
    }
    for (Recipe recipe : report.recipes()) {
      md.append("\n## ").append(recipe.id()).append(" (").append(recipe.safety().label()).append(")\n\n");
      md.append(recipe.summary().strip()).append("\n");
      if (!recipe.description().isBlank()) {
        md.append("\n").append(recipe.description().strip()).append("\n");
      }
    }
    List<Finding> reportOnly = findings.stream().filter(f -> !f.fixed()).toList();
    if (!reportOnly.isEmpty()) {
      md.append("\n## Not fixed\n\n");
      for (Finding f : reportOnly) {
        md.append("- `").append(f.path()).append(":").append(f.line()).append(":").append(f.column())
            .append("` [").append(f.recipe()).append("] ").append(f.message()).append("\n");
      }
    }
    return md.toString();
  }
}
