package dev.gofix.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --verify}: type-checks a package directory with its changed files swapped in, before
 * anything is written, by {@code go vet -overlay overlay.json .} run in that directory (vet checks
 * the {@code _test.go} files too). When that fails, the same command runs without the overlay: if
 * the package did not pass before the changes either, the changes are not to blame and are kept.
 */
final class GoVerifier {
  private final Path go;

  GoVerifier(Path go) {
    this.go = go;
  }

  /**
   * Checks one directory.
   *
   * @param changed the new text of each changed file of the directory
   * @return the first line of go's complaint when the changes break the package, else empty
   */
  Optional<String> check(Path dir, Map<Path, String> changed) throws IOException {
    Path temp = Files.createTempDirectory("gofix-verify-");
    Map<String, String> names = new java.util.HashMap<>();
    try {
      Path overlay = temp.resolve("overlay.json");
      try (Writer w = Files.newBufferedWriter(overlay, StandardCharsets.UTF_8);
          JsonGenerator json = new JsonFactory().createGenerator(w)) {
        json.writeStartObject();
        json.writeObjectFieldStart("Replace");
        int i = 0;
        for (var e : changed.entrySet()) {
          Path replacement = temp.resolve(i++ + "-" + e.getKey().getFileName());
          names.put(replacement.toString(), "./" + e.getKey().getFileName());
          Files.writeString(replacement, e.getValue(), StandardCharsets.UTF_8);
          json.writeStringField(e.getKey().toAbsolutePath().toString(), replacement.toString());
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      Result with = vet(dir, Optional.of(overlay));
      if (with.ok()) {
        return Optional.empty();
      }
      if (!vet(dir, Optional.empty()).ok()) {
        return Optional.empty();
      }
      // go names the overlay's files; the user knows them by their own names.
      String line = with.firstLine();
      for (var name : names.entrySet()) {
        line = line.replace(name.getKey(), name.getValue());
      }
      return Optional.of(line);
    } finally {
      deleteTree(temp);
    }
  }

  private record Result(boolean ok, String firstLine) {}

  private Result vet(Path dir, Optional<Path> overlay) throws IOException {
    List<String> command = new ArrayList<>(List.of(go.toString(), "vet"));
    overlay.ifPresent(o -> command.add("-overlay=" + o));
    command.add(".");
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(false, "go vet did not finish in 10 minutes");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for go vet", e);
    }
    if (process.exitValue() == 0) {
      return new Result(true, "");
    }
    String first =
        output.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .findFirst().orElse("go vet exited with status " + process.exitValue());
    return new Result(false, first);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
