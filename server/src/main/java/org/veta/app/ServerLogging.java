package org.veta.app;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The server's own log, configured when a server starts (logback.xml keeps the command-line tools
 * quiet: warnings only, on stderr). A server logs its lifecycle at INFO to a daily rolling file
 * {@code DATA/logs/veta-server.log}, and, for `veta serve`, also to stderr; stdout stays free for
 * the LISTENING and TABLE lines. Both appenders sit behind non-blocking async appenders, so
 * Netty's I/O threads never wait for a disk or a terminal. {@link #close} undoes it all.
 */
final class ServerLogging implements AutoCloseable {
  static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{20}"
      + " %X{table:-} %msg%n";
  /** The server's packages; org.veta.client (an in-process `veta play`) is not among them. */
  private static final List<String> SERVER_LOGGERS = List.of("org.veta.net", "org.veta.session",
      "org.veta.log", "org.veta.app");

  private final LoggerContext context;
  private final List<Appender<ILoggingEvent>> added = new ArrayList<>();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private final Map<Logger, Level> levels = new LinkedHashMap<>();
  private final Map<Logger, Boolean> additivity = new LinkedHashMap<>();

  private ServerLogging(LoggerContext context) {
    this.context = context;
  }

  /**
   * Logs the server at INFO to the rolling file and, if {@code console}, to stderr; without the
   * console the server's lines go to the file only (the terminal belongs to the client).
   */
  static ServerLogging start(Path dataDir, boolean console) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return new ServerLogging(null);
    }
    ServerLogging logging = new ServerLogging(context);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> file = logging.async("veta-file", logging.file(dataDir));
    if (console) {
      Appender<ILoggingEvent> stderr = root.getAppender("STDERR");
      if (stderr != null) {
        root.detachAppender(stderr);
        logging.detached.add(stderr);
      }
      root.addAppender(logging.async("veta-console", logging.console()));
      root.addAppender(file);
      for (String name : SERVER_LOGGERS) {
        logging.level(context.getLogger(name), Level.INFO, true);
      }
    } else {
      for (String name : SERVER_LOGGERS) {
        Logger logger = context.getLogger(name);
        logging.level(logger, Level.INFO, false);
        logger.addAppender(file);
      }
      Logger netty = context.getLogger("io.netty");
      logging.level(netty, Level.WARN, false);
      netty.addAppender(file);
    }
    return logging;
  }

  private void level(Logger logger, Level level, boolean additive) {
    levels.put(logger, logger.getLevel());
    additivity.put(logger, logger.isAdditive());
    logger.setLevel(level);
    logger.setAdditive(additive);
  }

  private PatternLayoutEncoder encoder() {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    return encoder;
  }

  private Appender<ILoggingEvent> file(Path dataDir) {
    Path logs = dataDir.toAbsolutePath().resolve("logs");
    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(context);
    file.setName("veta-server-file");
    file.setFile(logs.resolve("veta-server.log").toString());
    TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(file);
    policy.setFileNamePattern(logs.resolve("veta-server.%d{yyyy-MM-dd}.log.gz").toString());
    policy.setMaxHistory(30);
    policy.start();
    file.setRollingPolicy(policy);
    file.setEncoder(encoder());
    file.start();
    return file;
  }

  private Appender<ILoggingEvent> console() {
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("veta-server-console");
    console.setTarget("System.err");
    console.setEncoder(encoder());
    console.start();
    return console;
  }

  private Appender<ILoggingEvent> async(String name, Appender<ILoggingEvent> target) {
    AsyncAppender async = new AsyncAppender();
    async.setContext(context);
    async.setName(name);
    async.setNeverBlock(true);
    async.addAppender(target);
    async.start();
    added.add(async);
    return async;
  }

  /** Flushes and detaches the server's appenders and restores the levels it changed. */
  @Override
  public void close() {
    if (context == null) {
      return;
    }
    for (Logger logger : context.getLoggerList()) {
      added.forEach(a -> logger.detachAppender(a));
    }
    added.forEach(Appender::stop);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    detached.forEach(root::addAppender);
    levels.forEach(Logger::setLevel);
    additivity.forEach(Logger::setAdditive);
  }
}
