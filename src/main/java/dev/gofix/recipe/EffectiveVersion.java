package dev.gofix.recipe;

import dev.gofix.syntax.GoSource;
import dev.gofix.syntax.LeadingComments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go version a file is written for: its {@code //go:build go1.N} line, else the {@code go}
 * line of the nearest {@code go.mod} above it, else the run's {@code --go}, else the newest.
 * Thread-safe; go.mod lookups are cached per directory.
 */
final class EffectiveVersion {
  private static final Pattern BUILD_GO = Pattern.compile("\\bgo1\\.(\\d+)\\b");
  private static final Pattern MOD_GO = Pattern.compile("(?m)^go\\s+(1\\.\\d+)");

  private final Optional<GoVersion> fallback;
  private final Map<Path, Optional<GoVersion>> byDirectory = new ConcurrentHashMap<>();

  EffectiveVersion(Optional<GoVersion> fallback) {
    this.fallback = fallback;
  }

  GoVersion of(GoSource source) {
    Optional<GoVersion> build = buildLine(source.text());
    if (build.isPresent()) {
      return build.get();
    }
    Path dir = Path.of(source.path()).toAbsolutePath().getParent();
    return module(dir).or(() -> fallback).orElse(GoVersion.NEWEST);
  }

  /**
   * The version in the first {@code //go:build} line comment before the package clause that
   * names one ({@code go1.N}), read from the text: white space and comments up to the first
   * other text, as the lexer would give them.
   */
  static Optional<GoVersion> buildLine(String text) {
    GoVersion[] found = {null};
    LeadingComments.scan(text, (t, from, to, atLineStart) -> {
      if (LeadingComments.startsWith(t, "//go:build", from)) {
        Matcher m = BUILD_GO.matcher(t).region(from, to);
        if (m.find()) {
          found[0] = new GoVersion(1, Integer.parseInt(m.group(1)));
          return true;
        }
      }
      return false;
    });
    return Optional.ofNullable(found[0]);
  }

  private Optional<GoVersion> module(Path dir) {
    if (dir == null) {
      return Optional.empty();
    }
    Optional<GoVersion> known = byDirectory.get(dir);
    if (known != null) {
      return known;
    }
    Optional<GoVersion> found;
    Path mod = dir.resolve("go.mod");
    if (Files.isRegularFile(mod)) {
      try {
        Matcher m = MOD_GO.matcher(Files.readString(mod));
        found = m.find() ? Optional.of(GoVersion.parse(m.group(1))) : Optional.empty();
      } catch (IOException | IllegalArgumentException e) {
        found = Optional.empty();
      }
    } else {
      found = module(dir.getParent());
    }
    byDirectory.put(dir, found);
    return found;
  }
}
