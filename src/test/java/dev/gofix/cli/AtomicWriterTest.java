package dev.gofix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  @Test
  void replacesTheContentAndKeepsThePermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("x.go"), "old content that is longer\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r-x------"));
    AtomicWriter.write(file, "new\n");
    assertEquals("new\n", Files.readString(file));
    assertEquals("r-x------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void replacesAFileWhileAnOpenReaderKeepsTheOldContent() throws IOException {
    Path file = Files.writeString(dir.resolve("x.go"), "old\n");
    try (var reader = Files.newInputStream(file)) {
      AtomicWriter.write(file, "new\n");
      assertEquals("old\n", new String(reader.readAllBytes()));
    }
    assertEquals("new\n", Files.readString(file));
  }

  @Test
  void createsAFileThatDidNotExist() throws IOException {
    Path file = dir.resolve("body.md");
    AtomicWriter.write(file, "# body\n");
    assertEquals("# body\n", Files.readString(file));
  }
}
