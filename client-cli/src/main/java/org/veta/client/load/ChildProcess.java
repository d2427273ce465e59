package org.veta.client.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this one's class path (the server under a load test, the echo floor, the
 * server the crash test kills): stdout lines are kept to wait for (LISTENING ...), stderr goes
 * where the caller says.
 */
public final class ChildProcess implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  ChildProcess(List<String> jvmOptions, String mainClass, List<String> args, Path stderr)
      throws IOException {
    this(jvmOptions, mainClass, args, ProcessBuilder.Redirect.to(stderr.toFile()));
  }

  public ChildProcess(List<String> jvmOptions, String mainClass, List<String> args,
      ProcessBuilder.Redirect stderr) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath());
    command.add(mainClass);
    command.addAll(args);
    process = new ProcessBuilder(command).redirectError(stderr).start();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** This JVM's class path (under Surefire, the test class path rather than its booter jar). */
  public static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
  }

  /** The first line starting with the prefix; IOException if the process ends or 60 s pass. */
  public String await(String prefix) throws IOException, InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < end) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
      if (line == null && !process.isAlive()) {
        throw new IOException("the process ended (exit " + process.exitValue()
            + ") before it printed " + prefix);
      }
    }
    throw new IOException("the process did not print " + prefix + " within 60 s");
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook, no last flush; waits for the process to be gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then SIGKILL after 30 s. */
  @Override
  public void close() {
    process.destroy(); // SIGTERM: the server's shutdown hook closes its logs
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
