package org.veta.client.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a program in a real pseudo-terminal: a detached tmux session of a given size, keys sent
 * as a person would type them, and the screen read back with capture-pane. For end-to-end tests
 * of the interactive client (completion, printAbove, the status screen at 80x24).
 *
 * <p>Each session gets its own tmux server on a socket in a fresh temporary directory (-S), so
 * tests never touch a person's tmux, and close() leaves nothing behind.
 */
public final class TmuxSession implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(50);
  private static final Pattern EXITED = Pattern.compile("\\[exited (\\d+)\\]");

  private final Path socketDirectory;
  private final Path socket;
  private final String name = "veta";

  private TmuxSession() throws IOException {
    socketDirectory = Files.createTempDirectory("veta-tmux");
    socket = socketDirectory.resolve("socket");
  }

  /** True if a tmux binary runs here; tests use it in an assumption. */
  public static boolean available() {
    try {
      Process process = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts command (run by sh) in a detached session of columns x rows. The command runs in a
   * small wrapper that prints "[exited N]" when it ends: tmux's own pane_dead_status is not
   * always filled in (tmux 3.3a leaves it empty for the JVM), and the screen is what we read.
   */
  public static TmuxSession start(String command, int columns, int rows) throws IOException, InterruptedException {
    TmuxSession session = new TmuxSession();
    Path wrapper = session.socketDirectory.resolve("command.sh");
    // The wrapper shares the terminal's process group, so Ctrl-C reaches it too; a trap (not an
    // ignore, which the program would inherit) keeps it alive to report the exit.
    Files.writeString(wrapper, "trap 'true' INT\n" + command + "\necho \"[exited $?]\"\n", StandardCharsets.UTF_8);
    // remain-on-exit keeps the pane, and what the program printed last, after it exits.
    session.tmux("new-session", "-d", "-s", session.name, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
        "sh '" + wrapper + "'");
    session.tmux("set-option", "-t", session.name, "remain-on-exit", "on");
    return session;
  }

  /** Types text literally (no key names are interpreted). */
  public void type(String text) throws IOException, InterruptedException {
    tmux("send-keys", "-t", name, "-l", text);
  }

  /** Sends tmux key names: "Enter", "Tab", "C-c", "C-d", "Up". */
  public void keys(String... keyNames) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
    args.addAll(List.of(keyNames));
    tmux(args.toArray(String[]::new));
  }

  /** The visible screen, one string per row, trailing blanks as tmux gives them. */
  public String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-t", name);
  }

  /** The visible screen and up to 2,000 lines scrolled off above it, as a person could scroll back. */
  public String scrollback() throws IOException, InterruptedException {
    return tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", name);
  }

  /** Waits until the screen contains text; the last screen is in the exception if it never does. */
  public String waitFor(String text, Duration timeout) throws IOException, InterruptedException {
    return waitUntil("\"" + text + "\"", screen -> screen.contains(text), timeout, false);
  }

  /**
   * Waits until one screen shows every text at once: a redrawn view passes through screens that
   * show part of it (cleared, lines printed, prompt not yet back).
   */
  public String waitForAll(Duration timeout, String... texts) throws IOException, InterruptedException {
    return waitUntil("all of " + Arrays.toString(texts),
        screen -> Arrays.stream(texts).allMatch(screen::contains), timeout, false);
  }

  /** Waits until a screen satisfies what is described (a prompt back below a printed line). */
  public String waitUntil(String description, Predicate<String> shows, Duration timeout)
      throws IOException, InterruptedException {
    return waitUntil(description, shows, timeout, false);
  }

  /** Waits until the screen or its scrollback contains text (output that scrolled away). */
  public String waitForInScrollback(String text, Duration timeout)
      throws IOException, InterruptedException {
    return waitUntil("\"" + text + "\"", screen -> screen.contains(text), timeout, true);
  }

  private String waitUntil(String description, Predicate<String> shows, Duration timeout, boolean back)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String screen = back ? scrollback() : screen();
    while (!shows.test(screen)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the screen never showed " + description + " within " + timeout
            + "; it shows:\n" + screen());
      }
      Thread.sleep(POLL.toMillis()); // polling the screen is the only signal a terminal gives
      screen = back ? scrollback() : screen();
    }
    return screen;
  }

  /** True once the program in the pane has exited. */
  public boolean exited() throws IOException, InterruptedException {
    return tmux("display-message", "-p", "-t", name, "#{pane_dead}").strip().equals("1");
  }

  /** Waits for the program to exit and returns its exit status. */
  public int awaitExit(Duration timeout) throws IOException, InterruptedException {
    String screen = waitFor("[exited ", timeout);
    Matcher exited = EXITED.matcher(screen);
    if (!exited.find()) {
      throw new AssertionError("the exit line is cut on the screen:\n" + screen);
    }
    return Integer.parseInt(exited.group(1));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      tmux("kill-server");
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(socketDirectory.resolve("command.sh"));
      Files.deleteIfExists(socketDirectory);
    }
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString(), "-f", "/dev/null"));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("tmux", ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("tmux " + String.join(" ", args) + " did not return");
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0 && !args[0].equals("kill-server")) {
        throw new IOException("tmux " + String.join(" ", args) + " failed: " + text.strip());
      }
      return text;
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
