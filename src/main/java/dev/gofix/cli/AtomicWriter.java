package dev.gofix.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same
 * directory, which is synced and then moved over the file with {@code ATOMIC_MOVE}. A reader, or a
 * run killed at any point, sees either the old file or the new one, never half of it; at worst a
 * {@code .gofix-*.tmp} file is left beside it. The file's POSIX permissions are kept.
 */
final class AtomicWriter {
  private AtomicWriter() {}

  static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  static void write(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Set<PosixFilePermission> permissions = permissionsOf(file);
    Path temp = Files.createTempFile(dir, ".gofix-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(file + ": the file system cannot replace files atomically", e);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The file's permissions, or null when it does not exist or the file system has none. */
  private static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
    if (!Files.exists(file)
        || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
      return null;
    }
    return Files.getPosixFilePermissions(file);
  }
}
