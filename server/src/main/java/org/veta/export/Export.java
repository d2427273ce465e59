package org.veta.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a dataset as JSON Lines (one file or a stream) or as one CSV file per table. */
public final class Export {
  private Export() {}

  /** Writes every line; returns how many. */
  public static int jsonLines(Dataset data, Writer out) throws IOException {
    int n = 0;
    for (String line : data.jsonLines()) {
      out.write(line);
      out.write('\n');
      n++;
    }
    out.flush();
    return n;
  }

  public static int jsonLines(Dataset data, Path file) throws IOException {
    createParent(file);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return jsonLines(data, out);
    }
  }

  /** Writes DIR/NAME.csv for every table (empty tables too, with their header); returns the files. */
  public static List<Path> csv(Dataset data, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Dataset.Table table : data.tables()) {
      Path file = directory.resolve(table.file() + ".csv");
      Files.writeString(file, Dataset.csv(table), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
