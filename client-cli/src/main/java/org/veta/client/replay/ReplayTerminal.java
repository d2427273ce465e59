package org.veta.client.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.veta.client.render.Glyphs;
import org.veta.client.render.Text;

/**
 * The replay at a terminal, for a person (often on a projector): each move clears the window and
 * draws the screen again, so the position, the event and the key indicators always stand in the
 * same place. Commands are typed as in script mode; on an empty line, single keys move too: Right
 * or Space to the next event, Left to the previous, Page Down / Page Up by round, Home and End to
 * the first and last event. Tab completes commands, seats, rounds and marks.
 */
final class ReplayTerminal {
  private static final int FALLBACK_WIDTH = 80;
  private static final int FALLBACK_HEIGHT = 24;

  private ReplayTerminal() {}

  /** Opens the terminal, then the replay (built for the terminal's glyphs), and runs it. */
  static int run(Function<Glyphs, Replay> open) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().name("veta replay").system(true).build()) {
      Glyphs glyphs = Glyphs.forEncoding(terminal.encoding() == null ? null : terminal.encoding().name());
      Replay replay = open.apply(glyphs);
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("veta-replay")
          .completer(new ReplayCompleter(replay))
          .variable(LineReader.HISTORY_FILE, historyFile())
          .build();
      bindKeys(reader, terminal);
      List<String> opening = replay.opening();
      draw(terminal, replay, glyphs, opening.subList(1, opening.size()));
      while (true) {
        String line;
        try {
          line = reader.readLine("replay> ");
        } catch (UserInterruptException e) {
          continue; // Ctrl-C clears the line, as in a shell
        } catch (EndOfFileException e) {
          break;
        }
        Replay.Result result = replay.run(line);
        if (result.quit()) {
          break;
        }
        if (result.screen()) {
          draw(terminal, replay, glyphs, result.lines());
        } else {
          PrintWriter out = terminal.writer();
          result.lines().forEach(out::println);
          out.flush();
        }
      }
      return ReplayExitCodes.OK;
    }
  }

  /** Clears the window and draws the screen, with any messages under it, above the prompt. */
  private static void draw(Terminal terminal, Replay replay, Glyphs glyphs, List<String> messages) {
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : FALLBACK_WIDTH;
    int height = terminal.getHeight() > 0 ? terminal.getHeight() : FALLBACK_HEIGHT;
    List<String> below = new ArrayList<>();
    for (String message : messages) {
      below.addAll(Text.wrap(message, width));
    }
    List<String> screen = Screen.terminal(replay.timeline(), replay.position(), replay.notes(),
        replay.fileName(), glyphs, width, height - below.size());
    PrintWriter out = terminal.writer();
    if (!terminal.puts(Capability.clear_screen)) {
      out.println(); // a dumb terminal: a blank line between screens instead
    }
    screen.forEach(out::println);
    below.forEach(out::println);
    out.flush();
  }

  private static void bindKeys(LineReader reader, Terminal terminal) {
    KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
    bind(reader, main, "replay-next", "next", LineReader.FORWARD_CHAR,
        KeyMap.key(terminal, Capability.key_right), "\033[C", "\033OC");
    bind(reader, main, "replay-next-space", "next", LineReader.SELF_INSERT, " ");
    bind(reader, main, "replay-prev", "prev", LineReader.BACKWARD_CHAR,
        KeyMap.key(terminal, Capability.key_left), "\033[D", "\033OD");
    bind(reader, main, "replay-next-round", "next round", null,
        KeyMap.key(terminal, Capability.key_npage), "\033[6~");
    bind(reader, main, "replay-prev-round", "prev round", null,
        KeyMap.key(terminal, Capability.key_ppage), "\033[5~");
    bind(reader, main, "replay-first", "first", LineReader.BEGINNING_OF_LINE,
        KeyMap.key(terminal, Capability.key_home), "\033[H", "\033OH", "\033[1~");
    bind(reader, main, "replay-last", "last", LineReader.END_OF_LINE,
        KeyMap.key(terminal, Capability.key_end), "\033[F", "\033OF", "\033[4~");
  }

  /**
   * A key that runs a command when the line is empty and otherwise does what it always does
   * (moves the cursor, inserts a space), so typing a command is never disturbed.
   */
  private static void bind(LineReader reader, KeyMap<Binding> map, String name, String command,
      String otherwise, String... keys) {
    reader.getWidgets().put(name, () -> {
      if (reader.getBuffer().length() == 0) {
        reader.getBuffer().write(command);
        reader.callWidget(LineReader.ACCEPT_LINE);
      } else if (otherwise != null) {
        reader.callWidget(otherwise);
      }
      return true;
    });
    for (String key : keys) {
      if (key != null && !key.isEmpty()) {
        map.bind(new Reference(name), key);
      }
    }
  }

  private static Path historyFile() {
    Path directory = Path.of(System.getProperty("user.home"), ".veta");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      return Path.of(System.getProperty("java.io.tmpdir"), "veta-replay-history");
    }
    return directory.resolve("replay-history");
  }
}
