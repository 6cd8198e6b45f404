package dev.gofix.bench;

import dev.gofix.syntax.GoSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the Go files the benchmarks read: a path, absolute or relative to GOROOT/src. */
final class GoFiles {
  private GoFiles() {}

  static GoSource read(String file) throws IOException, InterruptedException {
    Path path = Path.of(file);
    if (!path.isAbsolute()) {
      path = goRoot().resolve("src").resolve(file);
    }
    return new GoSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
  }

  /** $GOROOT, else what go env GOROOT prints. */
  static Path goRoot() throws IOException, InterruptedException {
    String env = System.getenv("GOROOT");
    if (env != null && !env.isEmpty()) {
      return Path.of(env);
    }
    Process p = new ProcessBuilder("go", "env", "GOROOT").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0 || out.isEmpty()) {
      throw new IOException("go env GOROOT failed: " + out);
    }
    return Path.of(out);
  }
}
