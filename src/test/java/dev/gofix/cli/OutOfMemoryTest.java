package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package too large for the heap ends the run with exit 70 and a message that says how to give
 * gofix more, before any file is written: not with a JVM stack trace and exit 1, which reads as
 * "findings".
 */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void aPackageTooLargeForTheHeapIsAnInternalErrorAndNothingIsWritten() throws IOException, InterruptedException {
    StringBuilder go = new StringBuilder("package p\n\n");
    for (int i = 0; i < 60_000; i++) {
      go.append("var v").append(i).append(" interface{} = f(").append(i).append(", \"x\")\n");
    }
    Path file = Files.writeString(dir.resolve("big.go"), go);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process gofix = new ProcessBuilder(java, "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp",
            System.getProperty("java.class.path"), Main.class.getName(), "apply", "--recipe", "interface-any",
            dir.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(gofix.getErrorStream().readAllBytes());
    assertTrue(gofix.waitFor(120, TimeUnit.SECONDS), "gofix did not end");
    assertEquals(ExitCode.INTERNAL, gofix.exitValue(), err);
    assertTrue(err.startsWith("gofix: internal error: out of memory"), err);
    assertTrue(err.contains("GOFIX_JAVA_OPTS"), err);
    assertEquals(go.toString(), Files.readString(file));
    assertEquals(List.of(file), Files.list(dir).toList());
  }
}
