package org.veta.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The ring of recent bytes holds what a plain queue of arrays would: the same entries, in the
 * same order, with the same bytes, through any run of additions, removals of the oldest and
 * clearings, from any starting size (so that entries wrap around its end and it grows).
 */
class RecentBytesProperties {

  private record Entry(long key, long mark, String label, byte[] bytes) {}

  /** One step: add an entry, let the oldest go, or clear. */
  private record Step(int kind, Entry entry) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Entry> entries = Combinators.combine(Arbitraries.longs(), Arbitraries.longs(),
        Arbitraries.of("", "fedemin", "mayor"),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(200)).as(Entry::new);
    Arbitrary<Step> step = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, entries.map(e -> new Step(0, e))),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(new Step(1, null))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Step(2, null))));
    return step.list().ofMaxSize(300);
  }

  @Property
  void holdsWhatAQueueWould(@ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 0, max = 512) int initialBytes,
      @ForAll @IntRange(min = 0, max = 8) int initialEntries) {
    RecentBytes ring = new RecentBytes(initialBytes, initialEntries);
    ArrayDeque<Entry> model = new ArrayDeque<>();
    for (Step step : steps) {
      switch (step.kind()) {
        case 0 -> {
          ring.add(step.entry().key(), step.entry().mark(), step.entry().label(),
              step.entry().bytes());
          model.add(step.entry());
        }
        case 1 -> {
          if (!model.isEmpty()) {
            ring.removeOldest();
            model.poll();
          }
        }
        default -> {
          ring.clear();
          model.clear();
        }
      }
      assertSame(ring, model);
    }
  }

  @Property
  void findsTheNewestEntryOfAKey(@ForAll("steps") List<Step> steps) {
    RecentBytes ring = new RecentBytes(64, 4);
    List<Entry> added = new ArrayList<>();
    for (Step step : steps) {
      if (step.kind() == 0) {
        ring.add(step.entry().key(), 0, "", step.entry().bytes());
        added.add(step.entry());
      }
    }
    for (int i = 0; i < added.size(); i++) {
      long key = added.get(i).key();
      int newest = ring.newest(key);
      assertThat(ring.copy(newest)).isEqualTo(
          added.stream().filter(e -> e.key() == key).reduce((a, b) -> b).orElseThrow().bytes());
    }
    long absent = added.stream().mapToLong(Entry::key).max().orElse(0) + 1;
    if (absent != Long.MIN_VALUE) {
      assertThat(ring.newest(absent)).isEqualTo(-1);
    }
  }

  private static void assertSame(RecentBytes ring, ArrayDeque<Entry> model) {
    assertThat(ring.size()).isEqualTo(model.size());
    assertThat(ring.bytes()).isEqualTo(model.stream().mapToLong(e -> e.bytes().length).sum());
    int i = 0;
    for (Entry e : model) {
      assertThat(ring.key(i)).isEqualTo(e.key());
      assertThat(ring.mark(i)).isEqualTo(e.mark());
      assertThat(ring.label(i)).isEqualTo(e.label());
      assertThat(ring.copy(i)).isEqualTo(e.bytes());
      i++;
    }
  }
}
