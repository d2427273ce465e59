package org.veta.engine;

/**
 * The session's seeded generator (SplitMix64). Written out here rather than taken from the JDK so
 * that the sequence for a seed is fixed by this file and cannot change under a new JDK: the same
 * scenario, seed and moves must give the same states, byte for byte, years from now.
 */
public final class SeededRandom {
  private long state;

  public SeededRandom(long seed) {
    this.state = seed;
  }

  /** An independent stream for one purpose in one round, so streams never shift each other. */
  public static SeededRandom stream(long seed, int round, String purpose) {
    long mixed = mix(seed ^ mix(round * 0x9E3779B97F4A7C15L));
    for (int i = 0; i < purpose.length(); i++) {
      mixed = mix(mixed ^ purpose.charAt(i));
    }
    return new SeededRandom(mixed);
  }

  public long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    return (int) ((nextLong() >>> 33) % bound);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
