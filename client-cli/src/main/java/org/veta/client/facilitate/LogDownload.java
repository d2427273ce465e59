package org.veta.client.facilitate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.veta.protocol.wire.LogChunk;

/**
 * A table's session log, fetched chunk by chunk into a temporary file beside the target and moved
 * into place only when complete: an interrupted download never leaves half a log where a full
 * one is expected (or where an older full one was). Each chunk must start where the last ended,
 * so the bytes written are exactly the server's.
 */
final class LogDownload {
  /** One chunk from offset; empty when the server refused (the caller has said why). */
  interface ChunkSource {
    Optional<LogChunk> from(long offset);
  }

  private LogDownload() {}

  /** The number of bytes written to target, or empty if the server refused a chunk. */
  static Optional<Long> download(ChunkSource source, Path target) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    Path directory = file.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".part");
    boolean complete = false;
    try {
      long offset = 0;
      try (OutputStream out = Files.newOutputStream(temporary)) {
        while (true) {
          Optional<LogChunk> answer = source.from(offset);
          if (answer.isEmpty()) {
            return Optional.empty();
          }
          LogChunk chunk = answer.get();
          if (chunk.getOffset() != offset) {
            throw new IOException("the server sent the log from byte " + chunk.getOffset() + " when asked from " + offset);
          }
          chunk.getData().writeTo(out);
          offset += chunk.getData().size();
          if (chunk.getEof()) {
            break;
          }
          if (chunk.getNextOffset() != offset || chunk.getData().isEmpty()) {
            throw new IOException("the server's log chunks do not follow on (next offset " + chunk.getNextOffset()
                + " after " + offset + " bytes)");
          }
        }
      }
      move(temporary, file);
      complete = true;
      return Optional.of(offset);
    } finally {
      if (!complete) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
