package org.veta.log;

import java.util.concurrent.CompletableFuture;

/**
 * A record on its way to disk, serialized by the table's thread that handed it over (not by the
 * one journal thread), and the future the table is given for it.
 *
 * @param body the serialized LogRecord, as it goes into the table's file (and, named by the
 *     file, into the journal)
 * @param last the log's closing record: the file is forced and closed after it
 */
record Pending(SessionLog log, long index, byte[] body, CompletableFuture<Void> written,
    long handedNanos, boolean last) {}
