package dev.gofix.recipe;

import java.nio.file.Path;
import java.util.List;

/**
 * A recipe as written in one YAML file of {@code codemods/} (or a user's recipe directory): its
 * id is the file name without {@code .yaml}.
 *
 * @param file the YAML file it was read from; for a built-in recipe read from gofix's jar, the
 *     relative path {@code codemods/<id>.yaml} it has in the repository
 */
public record Recipe(
    String id,
    String summary,
    String description,
    Safety safety,
    GoVersionRange go,
    List<Rule> rules,
    Path file) {}
