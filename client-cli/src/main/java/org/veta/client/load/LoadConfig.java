package org.veta.client.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One load test: where the server is (an address and its facilitator key, or spawned), how many
 * sessions of how many seats, the open-loop rate per seat, the warm-up and the measured window,
 * how long at most a bot thinks before its own move of a phase, and whether a spawned server's
 * data directory stays after the run.
 */
record LoadConfig(String host, int port, String key, boolean spawn, int sessions, int seats,
    String scenario, Path scenariosDir, double ratePerSeat, Duration warmup, Duration duration,
    String phaseSeconds, String serverHeap, List<String> serverJvmOptions, int ioThreads,
    int workers, double probesPerSecond, long seed, Duration reportEvery, Duration botThink,
    boolean keepData) {

  int connections() {
    return sessions * seats;
  }
}
