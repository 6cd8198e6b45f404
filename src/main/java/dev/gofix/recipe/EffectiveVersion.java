package dev.gofix.recipe;

import dev.gofix.syntax.GoLexer;
import dev.gofix.syntax.ParsedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

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

  GoVersion of(ParsedFile file) {
    for (Token t : file.tokens().tokens()) {
      if (t.getType() == GoLexer.PACKAGE) {
        break;
      }
      if (t.getType() == GoLexer.LINE_COMMENT && t.getText().startsWith("//go:build")) {
        Matcher m = BUILD_GO.matcher(t.getText());
        if (m.find()) {
          return new GoVersion(1, Integer.parseInt(m.group(1)));
        }
      }
    }
    Path dir = Path.of(file.source().path()).toAbsolutePath().getParent();
    return module(dir).or(() -> fallback).orElse(GoVersion.NEWEST);
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
