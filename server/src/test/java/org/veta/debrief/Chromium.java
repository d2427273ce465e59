package org.veta.debrief;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, to see a page as a browser renders it. Debian's chromium package: `./veta
 * test` installs it when it runs as root. Each run gets a new profile directory and no network
 * services, so the page alone decides what is loaded.
 */
final class Chromium {
  private Chromium() {}

  static Path binary() {
    String configured = System.getenv("VETA_CHROMIUM");
    for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
      if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return fail("headless Chromium is needed to check the debrief page and none was found at "
        + "/usr/bin/chromium (or $VETA_CHROMIUM): `./veta test` installs it with apt-get when run "
        + "as root, or install it yourself: apt-get install chromium");
  }

  /** The page's DOM after the browser loaded and rendered it. */
  static String dumpDom(Path page, Path work) throws IOException, InterruptedException {
    Path out = work.resolve("dom.html");
    run(work, out, "--dump-dom", page.toUri().toString());
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  static void screenshot(Path page, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    run(work, work.resolve("screenshot.out"), "--hide-scrollbars", "--screenshot=" + png,
        "--window-size=" + width + "," + height, page.toUri().toString());
  }

  private static void run(Path work, Path stdout, String... args)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stderr = work.resolve("chromium.err");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 90 s: " + command);
    }
    if (p.exitValue() != 0) {
      fail("chromium exited with " + p.exitValue() + ": " + Files.readString(stderr));
    }
  }
}
