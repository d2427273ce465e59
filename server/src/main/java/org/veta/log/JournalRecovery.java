package org.veta.log;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.protocol.log.JournalEntry;
import org.veta.protocol.log.LogRecord;

/**
 * After a crash, puts the records the journal holds back into the table files, which were not
 * forced when they were acknowledged. Every remaining segment is replayed in order; a file is
 * repaired by {@link TableFileRepair}. A segment replayed whole is deleted, once the files it fed
 * are forced. One that could not be (damaged, or a file that could not take its records) is
 * renamed {@code .unreplayed} and kept for a person, with ERROR lines saying why: nothing is
 * dropped silently, and the next start does not replay it again on top of newer records.
 */
final class JournalRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(JournalRecovery.class);

  private final Path journal;
  private final Path sessions;

  JournalRecovery(Path journal, Path sessions) {
    this.journal = journal;
    this.sessions = sessions;
  }

  void replay() {
    List<Path> segments;
    try {
      if (!Files.isDirectory(journal)) {
        return;
      }
      try (var files = Files.list(journal)) {
        segments = files.filter(JournalSegment::replayable)
            .sorted(Comparator.comparingLong(f -> JournalSegment.number(f).getAsLong())).toList();
      }
    } catch (IOException e) {
      LOG.error("cannot list the journal in {}: {}; session files may lack their newest records",
          journal, e.toString());
      return;
    }
    if (segments.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(sessions); // a lost directory's files can be rebuilt from headers
    } catch (IOException e) {
      LOG.error("cannot create {}: {}; the journal is kept for the next start", sessions,
          e.toString());
      return;
    }
    Set<String> stuck = new HashSet<>(); // files left as they were: later entries would not fit
    Set<String> files = new HashSet<>();
    List<Path> replayed = new ArrayList<>();
    List<Path> kept = new ArrayList<>();
    int appended = 0;
    int present = 0;
    for (Path segment : segments) {
      boolean whole = true;
      Map<String, List<TableFileRepair.Entry>> byFile;
      try {
        SegmentReader.Contents contents = SegmentReader.read(segment);
        contents.damage().ifPresent(d -> report(segment, contents, d));
        whole = !contents.corrupt();
        byFile = byFile(segment, contents.entries());
        whole &= byFile.values().stream().allMatch(list -> list != null);
      } catch (IOException e) {
        LOG.error("journal {}: cannot read it: {}", segment.getFileName(), e.toString());
        kept.add(segment);
        continue;
      }
      for (var file : byFile.entrySet()) {
        if (file.getValue() == null || stuck.contains(file.getKey())) {
          stuck.add(file.getKey());
          whole = false;
          continue;
        }
        try {
          TableFileRepair.Result result = TableFileRepair.apply(sessions.resolve(file.getKey()),
              file.getValue());
          if (!result.ok()) {
            stuck.add(file.getKey());
            whole = false;
            continue;
          }
          files.add(file.getKey());
          appended += result.appended();
          present += result.present();
        } catch (IOException e) {
          LOG.error("session file {}: cannot repair it from journal {}: {}", file.getKey(),
              segment.getFileName(), e.toString());
          stuck.add(file.getKey());
          whole = false;
        }
      }
      (whole ? replayed : kept).add(segment);
    }
    retire(replayed, kept);
    LOG.info("journal replayed: {} records of {} segments into {} session files, {} appended "
        + "and {} already there{}", appended + present, segments.size(), files.size(), appended,
        present, kept.isEmpty() ? "" : "; " + kept.size() + " segments kept, see the errors above");
  }

  private static void report(Path segment, SegmentReader.Contents contents, LogReader.Damage d) {
    if (d.kind() == LogReader.Damage.Kind.TORN_TAIL) {
      LOG.warn("journal {}: its last entry is cut short at byte {} ({}): a group the crash "
          + "interrupted, never acknowledged; dropped", segment.getFileName(), d.offset(),
          d.detail());
    } else {
      LOG.error("journal {}: entry {} at byte {} is damaged ({}); the {} entries before it are "
          + "replayed, the rest of this segment is not, and it is kept as {}",
          segment.getFileName(), d.index(), d.offset(), d.detail(), contents.entries().size(),
          segment.getFileName() + JournalSegment.KEPT_SUFFIX);
    }
  }

  /**
   * The segment's records grouped by file, each file's in order; null for a file whose records
   * cannot all be used (a bad name, an unreadable record, a skipped index).
   */
  private static Map<String, List<TableFileRepair.Entry>> byFile(Path segment,
      List<JournalEntry> entries) {
    Map<String, List<TableFileRepair.Entry>> byFile = new LinkedHashMap<>();
    for (JournalEntry entry : entries) {
      String name = entry.getFile();
      if (!byFile.containsKey(name)) {
        byFile.put(name, new ArrayList<>());
      }
      List<TableFileRepair.Entry> list = byFile.get(name);
      if (list == null) {
        continue;
      }
      if (!name.endsWith(".vlog") || !Path.of(name).getFileName().toString().equals(name)
          || name.startsWith(".")) {
        LOG.error("journal {}: an entry names {}, which is not a session file; skipped",
            segment.getFileName(), name);
        byFile.put(name, null);
        continue;
      }
      LogRecord record;
      try {
        record = LogRecord.parseFrom(entry.getRecord());
      } catch (InvalidProtocolBufferException e) {
        LOG.error("journal {}: the record for {} after index {} cannot be read; that file's later "
            + "records in this segment are not replayed", segment.getFileName(), name,
            list.isEmpty() ? "(none)" : list.get(list.size() - 1).index());
        byFile.put(name, null);
        continue;
      }
      if (!list.isEmpty() && record.getIndex() != list.get(list.size() - 1).index() + 1) {
        LOG.error("journal {}: the records for {} skip from index {} to {}; that file's later "
            + "records in this segment are not replayed", segment.getFileName(), name,
            list.get(list.size() - 1).index(), record.getIndex());
        byFile.put(name, null);
        continue;
      }
      list.add(new TableFileRepair.Entry(record.getIndex(), record, entry.getRecord()));
    }
    return byFile;
  }

  /** Forces the directory, then deletes what was replayed and renames what was not. */
  private void retire(List<Path> replayed, List<Path> kept) {
    try {
      if (Files.isDirectory(sessions)) {
        JournalSegment.forceDirectory(sessions);
      }
    } catch (IOException e) {
      LOG.error("cannot force the directory {}: {}; the journal is kept and replayed again at "
          + "the next start", sessions, e.toString());
      return;
    }
    for (Path segment : replayed) {
      try {
        Files.delete(segment);
      } catch (IOException e) {
        LOG.warn("journal {}: replayed, but cannot delete it ({}); the next start replays it "
            + "again, harmlessly", segment.getFileName(), e.toString());
      }
    }
    for (Path segment : kept) {
      Path aside = segment.resolveSibling(segment.getFileName() + JournalSegment.KEPT_SUFFIX);
      try {
        Files.move(segment, aside);
        LOG.error("journal {} was not replayed whole; kept as {} for someone to look at",
            segment.getFileName(), aside.getFileName());
      } catch (IOException e) {
        LOG.error("journal {} was not replayed whole, and cannot be renamed ({}); the next start "
            + "tries again", segment.getFileName(), e.toString());
      }
    }
  }
}
