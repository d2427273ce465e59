package org.veta.client.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A terminal client in its own JVM, as a participant would run it: `veta join` or `veta play` with
 * a script. Its output lines are collected as they come, so a test can wait for one.
 */
final class ClientProcess implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ClientProcess(Process process) {
    this.process = process;
    this.reader = new Thread(this::read, "client-output");
    this.reader.setDaemon(true);
    this.reader.start();
  }

  static List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-cp", org.veta.client.load.ChildProcess.classpath(),
        "org.veta.client.ClientMain"));
    command.addAll(List.of(args));
    return command;
  }

  static ClientProcess start(String... args) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command(args)).redirectErrorStream(true);
    return new ClientProcess(builder.start());
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process is gone; what was read is kept
    }
  }

  /** Waits until a line starting with the prefix has been printed; fails after the timeout. */
  String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (true) {
        for (String line : lines) {
          if (line.startsWith(prefix)) {
            return line;
          }
        }
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("no line starting with '" + prefix + "'; output:\n" + output());
        }
        lines.wait(left);
      }
    }
  }

  /** Types a line into a client reading its script from standard input (`--script -`). */
  void send(String line) throws IOException {
    var in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Waits until a line containing the fragment has been printed; fails after the timeout. */
  String awaitContaining(String fragment, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (true) {
        for (String line : lines) {
          if (line.contains(fragment)) {
            return line;
          }
        }
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("no line containing '" + fragment + "'; output:\n"
              + String.join("\n", lines));
        }
        lines.wait(left);
      }
    }
  }

  /** Waits until the nth line (counting from 1) starting with the prefix has been printed. */
  String awaitLine(String prefix, int nth, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      while (true) {
        int seen = 0;
        for (String line : lines) {
          if (line.startsWith(prefix) && ++seen == nth) {
            return line;
          }
        }
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("no line #" + nth + " starting with '" + prefix + "'; output:\n" + output());
        }
        lines.wait(left);
      }
    }
  }

  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the client did not exit in " + timeout + "; output:\n" + output());
    }
    reader.join(5_000);
    return process.exitValue();
  }

  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
