package org.veta.net;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.veta.session.Table;

/** A real server with one tutorial table, opened before each test and closed after it. */
abstract class TutorialTableTest {
  @TempDir Path data;
  ServerFixture fixture;
  Table table;

  @BeforeEach
  void open() throws Exception {
    fixture = new ServerFixture(data, "briefing=0.05,talks=0,orders=60,report=0.05");
    table = fixture.open("tutorial", 1, "");
  }

  @AfterEach
  void close() {
    fixture.close();
  }
}
