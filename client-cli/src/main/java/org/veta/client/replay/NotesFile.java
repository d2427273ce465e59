package org.veta.client.replay;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bookmarks and notes on a session log, kept beside it in {@code LOG.notes.json} so that the next
 * replay of the same log finds them. The log itself is never opened for writing. Each change
 * rewrites the whole file through a temporary file and an atomic rename, so a crash leaves the old
 * file or the new one, never half of one. A file that cannot be read is never overwritten: it is
 * set aside as {@code LOG.notes.json.unreadable} on the first change.
 *
 * <p>A mark or note is anchored to the log's record number (the same in every view), with the
 * round, phase and event words of that moment so that a person reading the file knows where it is.
 */
final class NotesFile {
  static final String SUFFIX = ".notes.json";

  /** Where in the log: the record, and words for people reading the file. */
  record Anchor(int record, int round, String phase, String event) {}

  record Mark(String name, Anchor at, String created) {}

  record Note(String text, Anchor at, String created) {}

  private final Path file;
  private final String logName;
  private final List<Mark> marks = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private Optional<String> unreadable = Optional.empty();

  private NotesFile(Path file, String logName) {
    this.file = file;
    this.logName = logName;
  }

  static Path beside(Path log) {
    return log.resolveSibling(log.getFileName() + SUFFIX);
  }

  /** The notes beside a log, empty when there are none yet; never throws for bad content. */
  static NotesFile of(Path log) {
    NotesFile notes = new NotesFile(beside(log), log.getFileName().toString());
    String text;
    try {
      text = Files.readString(notes.file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return notes;
    } catch (IOException e) {
      notes.unreadable = Optional.of(e.getMessage());
      return notes;
    }
    try {
      notes.read(Json.parse(text));
    } catch (Json.Malformed | RuntimeException e) {
      notes.marks.clear();
      notes.notes.clear();
      notes.unreadable = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return notes;
  }

  Path file() {
    return file;
  }

  boolean exists() {
    return Files.exists(file);
  }

  /** Why the file on disk could not be read, if it could not. */
  Optional<String> unreadable() {
    return unreadable;
  }

  List<Mark> marks() {
    return marks.stream().sorted(Comparator.comparingInt((Mark m) -> m.at().record())).toList();
  }

  List<Note> notes() {
    return notes.stream().sorted(Comparator.comparingInt((Note n) -> n.at().record())).toList();
  }

  Optional<Mark> mark(String name) {
    return marks.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Adds a mark, or moves the mark of that name here; true if it was moved. */
  boolean mark(String name, Anchor at) {
    boolean moved = marks.removeIf(m -> m.name().equalsIgnoreCase(name));
    marks.add(new Mark(name, at, now()));
    return moved;
  }

  void note(String text, Anchor at) {
    notes.add(new Note(text, at, now()));
  }

  /** Writes the file atomically; the reason it could not, if it could not. */
  Optional<String> save() {
    try {
      if (unreadable.isPresent() && Files.exists(file)) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      }
      unreadable = Optional.empty();
      Path dir = file.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try {
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
          out.write(StandardCharsets.UTF_8.encode(Json.write(toJson())));
          out.force(true);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.getClass().getSimpleName().equals("AccessDeniedException")
          ? "permission denied: " + e.getMessage() : String.valueOf(e.getMessage()));
    }
  }

  private Map<String, Object> toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("log", logName);
    root.put("about", "Bookmarks and notes of `veta replay` on this log; the log itself is never changed. "
        + "record is the log's record number; round, phase and event say where that is.");
    List<Object> m = new ArrayList<>();
    for (Mark mark : marks()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("name", mark.name());
      anchor(o, mark.at());
      o.put("created", mark.created());
      m.add(o);
    }
    root.put("marks", m);
    List<Object> n = new ArrayList<>();
    for (Note note : notes()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("text", note.text());
      anchor(o, note.at());
      o.put("created", note.created());
      n.add(o);
    }
    root.put("notes", n);
    return root;
  }

  private static void anchor(Map<String, Object> o, Anchor at) {
    o.put("record", at.record());
    o.put("round", at.round());
    o.put("phase", at.phase());
    o.put("event", at.event());
  }

  private void read(Object json) {
    if (!(json instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException("the file is not a JSON object");
    }
    for (Object o : list(root.get("marks"))) {
      Map<?, ?> m = object(o);
      marks.add(new Mark(text(m, "name"), anchor(m), text(m, "created")));
    }
    for (Object o : list(root.get("notes"))) {
      Map<?, ?> n = object(o);
      notes.add(new Note(text(n, "text"), anchor(n), text(n, "created")));
    }
  }

  private static Anchor anchor(Map<?, ?> o) {
    Object record = o.get("record");
    if (!(record instanceof Number number) || number.intValue() < 0) {
      throw new IllegalArgumentException("a mark or note has no record number");
    }
    Object round = o.get("round");
    return new Anchor(number.intValue(), round instanceof Number r ? r.intValue() : 0,
        text(o, "phase"), text(o, "event"));
  }

  private static List<?> list(Object o) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new IllegalArgumentException("marks and notes must be lists");
    }
    return l;
  }

  private static Map<?, ?> object(Object o) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("each mark and note must be an object");
    }
    return m;
  }

  private static String text(Map<?, ?> o, String key) {
    Object v = o.get(key);
    return v == null ? "" : v.toString();
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
