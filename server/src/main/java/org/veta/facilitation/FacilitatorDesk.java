package org.veta.facilitation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.veta.protocol.wire.ClientMessage;
import org.veta.protocol.wire.Cohort;
import org.veta.protocol.wire.CohortTable;
import org.veta.protocol.wire.ErrorCode;
import org.veta.protocol.wire.FacilitatorResult;
import org.veta.protocol.wire.LogChunk;
import org.veta.protocol.wire.ScenarioList;
import org.veta.protocol.wire.ServerMessage;
import org.veta.protocol.wire.TableOutcome;
import org.veta.protocol.wire.TableSelector;
import org.veta.protocol.wire.TableSummary;
import org.veta.protocol.wire.TablesOverview;
import org.veta.session.Table;
import org.veta.session.TableRegistry;
import org.veta.session.TableWatch;

/**
 * Where the facilitators' requests are answered: scenarios, creating tables, the overview, watching
 * a table, pacing, clocks, injects, nudges, seats, logs and the cohort view.
 *
 * <p>Nothing here blocks the network thread that calls it: operations on a table run on that
 * table's executor (its futures are combined into one answer), and file work (scenarios, logs)
 * runs on the worker pool. It also follows every table's summary and passes each change to every
 * connected console.
 */
public final class FacilitatorDesk implements TableWatch {
  static final int LOG_CHUNK = 256 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(FacilitatorDesk.class);

  private final TableRegistry tables;
  private final ScenarioShelf shelf;
  private final FacilitatorKey key;
  private final Executor workers;
  private final TableFactory factory;
  private final Set<Facilitator> consoles = new CopyOnWriteArraySet<>();
  private volatile org.veta.metrics.ServerMetrics metrics = org.veta.metrics.ServerMetrics.detached();

  /** Opens tables as the server's configuration says (phase lengths, data directory). */
  public interface TableFactory {
    List<Table> open(org.veta.protocol.wire.CreateTables request) throws Exception;
  }

  public FacilitatorDesk(TableRegistry tables, ScenarioShelf shelf, FacilitatorKey key,
      Executor workers, TableFactory factory) {
    this.tables = tables;
    this.shelf = shelf;
    this.key = key;
    this.workers = workers;
    this.factory = factory;
    tables.watch(this);
  }

  /** The server's metrics, which GetMetrics answers with. */
  public FacilitatorDesk withMetrics(org.veta.metrics.ServerMetrics serverMetrics) {
    this.metrics = serverMetrics;
    return this;
  }

  /** Whether a Hello's key gives facilitator rights. */
  public boolean admits(String presented) {
    return !presented.isBlank() && key.matches(presented);
  }

  public void connected(Facilitator console) {
    consoles.add(console);
    LOG.info("{} connected", console.label());
  }

  public void disconnected(Facilitator console) {
    consoles.remove(console);
    tables.tables().forEach(t -> t.unwatch(console.line()));
    LOG.info("{} left", console.label());
  }

  // ------------------------------------------------------------ TableWatch

  @Override
  public boolean active() {
    return !consoles.isEmpty();
  }

  @Override
  public void changed(TableSummary summary) {
    ServerMessage event = ServerMessage.newBuilder().setTableId(summary.getTableId())
        .setTableChanged(summary).build();
    for (Facilitator console : consoles) {
      console.line().send(event);
    }
  }

  // ------------------------------------------------------------ requests

  /** Answers one facilitator request; called on the connection's event loop, never blocks. */
  public void handle(Facilitator from, ClientMessage request) {
    long id = request.getRequestId();
    switch (request.getBodyCase()) {
      case LIST_SCENARIOS -> onWorkers(from, id, () -> ServerMessage.newBuilder().setScenarios(
          ScenarioList.newBuilder().addAllScenarios(shelf.list(request.getListScenarios()
              .getReload()))));
      case CREATE_TABLES -> create(from, id, request);
      case LIST_TABLES -> overview(from, id, tables.tables());
      case WATCH -> watch(from, id, request.getWatch());
      case SEAT_COMMAND -> one(from, id, request.getSeatCommand().getTable(),
          t -> t.control(from.label(), request));
      case NUDGE -> one(from, id, request.getNudge().getTable(),
          t -> t.control(from.label(), request));
      case PACE -> each(from, id, request.getPace().getTables(),
          t -> t.control(from.label(), request));
      case SET_TIMER -> each(from, id, request.getSetTimer().getTables(),
          t -> t.control(from.label(), request));
      case DEADLINE_POLICY -> each(from, id, request.getDeadlinePolicy().getTables(),
          t -> t.control(from.label(), request));
      case GRACE -> each(from, id, request.getGrace().getTables(),
          t -> t.control(from.label(), request));
      case INJECT -> each(from, id, request.getInject().getTables(), t -> inject(from, t, request));
      case GET_LOG -> log(from, id, request.getGetLog());
      case COMPARE -> compare(from, id, request.getCompare().getScenario());
      // A snapshot takes microseconds (the histograms are copied): fine on the event loop.
      case GET_METRICS -> from.answer(id, ServerMessage.newBuilder().setMetrics(metrics.snapshot()));
      default -> from.refuse(id, ErrorCode.INVALID_ARGUMENT,
          "That request means nothing to the facilitator's desk (" + request.getBodyCase() + ").");
    }
  }

  private void create(Facilitator from, long id, ClientMessage request) {
    var create = request.getCreateTables();
    if (create.getTables() > 50) {
      from.refuse(id, ErrorCode.INVALID_ARGUMENT, "Open at most 50 tables at once.");
      return;
    }
    CompletableFuture.supplyAsync(() -> {
      try {
        List<Table> opened = factory.open(create);
        for (Table t : opened) {
          t.facilitatorDid(from.label(), request);
        }
        return opened;
      } catch (org.veta.scenario.ScenarioException e) {
        throw new Refusal(e.problems().isEmpty() ? ErrorCode.INVALID_ARGUMENT
            : ErrorCode.INVALID_ARGUMENT, "The scenario " + create.getScenario()
            + " does not load: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new Refusal(ErrorCode.INVALID_ARGUMENT, e.getMessage());
      } catch (Exception e) {
        LOG.warn("{}: tables could not be opened", from.label(), e);
        throw new Refusal(ErrorCode.INTERNAL, "The tables could not be opened: " + e.getMessage());
      }
    }, workers).whenComplete((opened, error) -> {
      if (error != null) {
        refuse(from, id, error);
      } else {
        LOG.info("{} opened {} table(s) of {}", from.label(), opened.size(), create.getScenario());
        overview(from, id, opened);
      }
    });
  }

  private void overview(Facilitator from, long id, java.util.Collection<Table> which) {
    List<CompletableFuture<TableSummary>> summaries = which.stream().map(Table::summary).toList();
    reply(from, id, all(summaries), list -> ServerMessage.newBuilder().setTables(
        TablesOverview.newBuilder().addAllTables(list)));
  }

  /** Answers with what the future brings, or refuses with its failure; never blocks. */
  private static <T> void reply(Facilitator from, long id, CompletableFuture<T> result,
      Function<T, ServerMessage.Builder> answer) {
    result.whenComplete((value, error) -> {
      if (error != null) {
        refuse(from, id, error);
      } else {
        from.answer(id, answer.apply(value));
      }
    });
  }

  private void watch(Facilitator from, long id, org.veta.protocol.wire.WatchTable watch) {
    Optional<Table> table = find(from, id, watch.getTable());
    if (table.isEmpty()) {
      return;
    }
    table.get().facilitatorDid(from.label(), ClientMessage.newBuilder().setRequestId(id)
        .setWatch(watch).build());
    if (watch.getStop()) {
      table.get().unwatch(from.line());
      from.answer(id, ServerMessage.newBuilder().setOk(org.veta.protocol.wire.Ok.getDefaultInstance()));
      return;
    }
    reply(from, id, table.get().watch(from.line()), omni -> ServerMessage.newBuilder()
        .setOmni(omni));
  }

  private void one(Facilitator from, long id, String name,
      Function<Table, CompletableFuture<TableOutcome>> operation) {
    Optional<Table> table = find(from, id, name);
    table.ifPresent(t -> answer(from, id, List.of(operation.apply(t))));
  }

  private void each(Facilitator from, long id, TableSelector selector,
      Function<Table, CompletableFuture<TableOutcome>> operation) {
    List<Table> chosen;
    if (selector.getAll()) {
      chosen = tables.tables().stream()
          .filter(t -> !t.ended().isDone()).toList();
      if (chosen.isEmpty()) {
        from.refuse(id, ErrorCode.NOT_FOUND, "No table is playing now.");
        return;
      }
    } else {
      if (selector.getTablesCount() == 0) {
        from.refuse(id, ErrorCode.INVALID_ARGUMENT, "Say which tables: their numbers, or all.");
        return;
      }
      chosen = new ArrayList<>();
      for (String name : selector.getTablesList()) {
        Optional<Table> t = find(from, id, name);
        if (t.isEmpty()) {
          return;
        }
        if (!chosen.contains(t.get())) {
          chosen.add(t.get());
        }
      }
    }
    answer(from, id, chosen.stream().map(operation).toList());
  }

  private CompletableFuture<TableOutcome> inject(Facilitator from, Table table,
      ClientMessage request) {
    var inject = request.getInject();
    Injects.Result built = Injects.build(table.scenario().scenario(), inject.getEvent(),
        inject.getArgsList(), shelf);
    if (!built.ok()) {
      return CompletableFuture.completedFuture(TableOutcome.newBuilder().setNumber(table.number())
          .setTableId(table.id()).setOk(false)
          .setMessage(built.refusal()).build());
    }
    return table.inject(from.label(), request, built.event());
  }

  private void answer(Facilitator from, long id, List<CompletableFuture<TableOutcome>> outcomes) {
    reply(from, id, all(outcomes), list -> ServerMessage.newBuilder().setResult(
        FacilitatorResult.newBuilder().addAllOutcomes(list)));
  }

  private void log(Facilitator from, long id, org.veta.protocol.wire.GetLog get) {
    Optional<Table> table = find(from, id, get.getTable());
    if (table.isEmpty()) {
      return;
    }
    Table t = table.get();
    if (get.getOffset() == 0) {
      t.facilitatorDid(from.label(), ClientMessage.newBuilder().setRequestId(id).setGetLog(get)
          .build());
    }
    onWorkers(from, id, () -> {
      var file = t.logFile();
      long size;
      try {
        size = Files.size(file);
      } catch (NoSuchFileException e) {
        throw new Refusal(ErrorCode.NOT_FOUND, "The log of table " + t.number() + " is gone.");
      }
      if (get.getOffset() > size) {
        throw new Refusal(ErrorCode.INVALID_ARGUMENT, "The log has " + size
            + " bytes; there is nothing at offset " + get.getOffset() + ".");
      }
      byte[] data;
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(get.getOffset());
        data = in.readNBytes((int) Math.min(LOG_CHUNK, size - get.getOffset()));
      }
      long next = get.getOffset() + data.length;
      return ServerMessage.newBuilder().setLogChunk(LogChunk.newBuilder().setTableId(t.id())
          .setFileName(file.getFileName().toString()).setOffset(get.getOffset())
          .setData(com.google.protobuf.ByteString.copyFrom(data)).setNextOffset(next)
          .setSize(size).setEof(next >= size));
    });
  }

  private void compare(Facilitator from, long id, String scenario) {
    List<Table> all = new ArrayList<>(tables.tables());
    if (all.isEmpty()) {
      from.refuse(id, ErrorCode.NOT_FOUND, "There are no tables to compare yet.");
      return;
    }
    String wanted = scenario.isBlank() ? all.get(all.size() - 1).scenarioId() : scenario;
    List<Table> cohort = all.stream().filter(t -> t.scenarioId().equals(wanted)).toList();
    if (cohort.isEmpty()) {
      from.refuse(id, ErrorCode.NOT_FOUND, "No table plays the scenario '" + scenario + "'.");
      return;
    }
    var history = cohort.get(0).scenario().scenario().getHistoricalStagesList();
    all(cohort.stream().map(Table::cohortEntry).toList()).whenComplete((entries, error) -> {
      if (error != null) {
        refuse(from, id, error);
        return;
      }
      Cohort.Builder view = Cohort.newBuilder().setScenario(wanted);
      history.stream().sorted(Comparator.comparingInt(h -> h.getRound()))
          .forEach(h -> view.addHistoricalStages(h.getStage() + " (round " + h.getRound()
              + (h.getRegion().isEmpty() ? "" : ", " + h.getRegion()) + ")"));
      entries.forEach(view::addTables);
      from.answer(id, ServerMessage.newBuilder().setCohort(view));
    });
  }

  // ------------------------------------------------------------ helpers

  private Optional<Table> find(Facilitator from, long id, String name) {
    Optional<Table> table = name.isBlank() ? Optional.empty() : tables.find(name);
    if (table.isEmpty()) {
      List<String> numbers = tables.tables().stream().map(t -> Integer.toString(t.number())).toList();
      from.refuse(id, name.isBlank() ? ErrorCode.INVALID_ARGUMENT : ErrorCode.NOT_FOUND,
          (name.isBlank() ? "Say which table." : "There is no table '" + name + "'.")
              + (numbers.isEmpty() ? " No table is open yet." : " Tables: "
              + String.join(", ", numbers) + "."));
    }
    return table;
  }

  /** Work that touches files runs on the worker pool; its answer or refusal goes back. */
  private void onWorkers(Facilitator from, long id, IoSupplier<ServerMessage.Builder> work) {
    reply(from, id, CompletableFuture.supplyAsync(() -> {
      try {
        return work.get();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, workers), body -> body);
  }

  private static void refuse(Facilitator from, long id, Throwable error) {
    Throwable cause = error instanceof java.util.concurrent.CompletionException
        && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof Refusal r) {
      from.refuse(id, r.code, r.getMessage());
    } else {
      LOG.warn("{}: a request failed", from.label(), cause);
      from.refuse(id, ErrorCode.INTERNAL, "The server failed to do that ("
          + cause.getClass().getSimpleName() + "); nothing was changed.");
    }
  }

  private static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> futures) {
    return CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
        .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
  }

  @FunctionalInterface
  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  /** A request refused with its code and sentence. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ErrorCode code;

    Refusal(ErrorCode code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }
}
