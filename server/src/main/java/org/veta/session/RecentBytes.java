package org.veta.session;

import java.util.Arrays;

/**
 * Recent serialized messages, oldest first, in one array of bytes used as a ring, each with a key,
 * a mark and a label: a table's recent events (key: sequence number, mark: log index, label: the
 * seat, "" for everyone) and a seat's recent answers (key: request id).
 *
 * <p>Why not a queue of arrays: what a table keeps for minutes is the worst case for a
 * generational collector. Each kept event was an array of its own, copied from the young
 * generation to the survivors and on to the old one, and then dropped there; with a thousand busy
 * tables that copying and its card scanning made young pauses of 100 ms and more. Here the bytes
 * are copied once into an array that stays put, and a byte array holds no references for the
 * collector to follow. The array grows when it must (never shrinks); the caller decides what to
 * let go. Not thread-safe: a table's executor owns it.
 */
final class RecentBytes {
  private byte[] data;
  /** Where the oldest entry's bytes begin in data; the bytes held run on from there, wrapping. */
  private int start;
  private int used;
  private long[] keys;
  private long[] marks;
  private String[] labels;
  private int[] lengths;
  /** Where each entry's bytes begin in data. */
  private int[] offsets;
  /** The oldest entry's slot in the entry arrays, which are a ring too. */
  private int first;
  private int count;

  RecentBytes(int initialBytes, int initialEntries) {
    data = new byte[Math.max(16, initialBytes)];
    int n = Math.max(4, initialEntries);
    keys = new long[n];
    marks = new long[n];
    labels = new String[n];
    lengths = new int[n];
    offsets = new int[n];
  }

  int size() {
    return count;
  }

  /** The bytes held, all entries together. */
  long bytes() {
    return used;
  }

  /** Adds an entry as the newest; the bytes are copied. */
  void add(long key, long mark, String label, byte[] bytes) {
    if (count == keys.length) {
      growEntries();
    }
    if (used + bytes.length > data.length) {
      growBytes(used + bytes.length);
    }
    int end = (start + used) % data.length;
    int firstPiece = Math.min(bytes.length, data.length - end);
    System.arraycopy(bytes, 0, data, end, firstPiece);
    System.arraycopy(bytes, firstPiece, data, 0, bytes.length - firstPiece);
    int slot = (first + count) % keys.length;
    keys[slot] = key;
    marks[slot] = mark;
    labels[slot] = label;
    lengths[slot] = bytes.length;
    offsets[slot] = end;
    count++;
    used += bytes.length;
  }

  /** The i-th entry's key, 0 the oldest. */
  long key(int i) {
    return keys[slot(i)];
  }

  long mark(int i) {
    return marks[slot(i)];
  }

  String label(int i) {
    return labels[slot(i)];
  }

  /** A copy of the i-th entry's bytes. */
  byte[] copy(int i) {
    byte[] out = new byte[length(i)];
    copyInto(i, out, 0);
    return out;
  }

  /** The length of the i-th entry's bytes. */
  int length(int i) {
    return lengths[slot(i)];
  }

  /** Copies the i-th entry's bytes into dest at the offset. */
  void copyInto(int i, byte[] dest, int at) {
    int n = slot(i);
    int offset = offsets[n];
    int firstPiece = Math.min(lengths[n], data.length - offset);
    System.arraycopy(data, offset, dest, at, firstPiece);
    System.arraycopy(data, 0, dest, at + firstPiece, lengths[n] - firstPiece);
  }

  /** The newest entry with this key, or -1. */
  int newest(long key) {
    for (int i = count - 1; i >= 0; i--) {
      if (keys[slot(i)] == key) {
        return i;
      }
    }
    return -1;
  }

  void removeOldest() {
    if (count == 0) {
      throw new IllegalStateException("nothing to remove");
    }
    int length = lengths[first];
    labels[first] = null;
    first = (first + 1) % keys.length;
    count--;
    used -= length;
    start = count == 0 ? 0 : (start + length) % data.length;
  }

  void clear() {
    Arrays.fill(labels, null);
    first = 0;
    count = 0;
    start = 0;
    used = 0;
  }

  private int slot(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("entry " + i + " of " + count);
    }
    return (first + i) % keys.length;
  }

  private void growEntries() {
    int n = keys.length * 2;
    keys = unwrap(keys, n);
    marks = unwrap(marks, n);
    lengths = unwrap(lengths, n);
    offsets = unwrap(offsets, n);
    String[] l = new String[n];
    for (int i = 0; i < count; i++) {
      l[i] = labels[(first + i) % labels.length];
    }
    labels = l;
    first = 0;
  }

  private long[] unwrap(long[] ring, int n) {
    long[] out = new long[n];
    for (int i = 0; i < count; i++) {
      out[i] = ring[(first + i) % ring.length];
    }
    return out;
  }

  private int[] unwrap(int[] ring, int n) {
    int[] out = new int[n];
    for (int i = 0; i < count; i++) {
      out[i] = ring[(first + i) % ring.length];
    }
    return out;
  }

  private void growBytes(int needed) {
    byte[] bigger = new byte[Math.max(needed, data.length * 2)];
    int firstPiece = Math.min(used, data.length - start);
    System.arraycopy(data, start, bigger, 0, firstPiece);
    System.arraycopy(data, 0, bigger, firstPiece, used - firstPiece);
    data = bigger;
    start = 0;
    int offset = 0;
    for (int i = 0; i < count; i++) {
      offsets[slot(i)] = offset;
      offset += lengths[slot(i)];
    }
  }
}
