package org.veta.client.facilitate;

import java.util.Optional;
import org.veta.protocol.wire.ClientMessage;

/** What a typed line asks the console to do: read by FacilitatorParser, done by FacilitatorRunner. */
sealed interface Action {
  /** A blank line or a # comment. */
  record Nothing() implements Action {}

  record Unknown(String word) implements Action {}

  /** The command was recognized but its arguments were not; problem is one sentence. */
  record Usage(FacilitatorCommand command, String problem) implements Action {}

  /** One request to the server; its answer is printed by its kind. request_id is left 0. */
  record Send(FacilitatorCommand command, ClientMessage request) implements Action {}

  /** Send, after a yes from a person at a terminal (scripts never ask). */
  record Confirm(String question, Send send) implements Action {}

  /** `tables --live`: the overview, redrawn at every change until Enter. */
  record LiveTables() implements Action {}

  /** `unwatch` alone: every table this console watches. */
  record UnwatchAll() implements Action {}

  record Wait(WaitSpec spec) implements Action {}

  record DownloadLog(String table, String file) implements Action {}

  record Help(Optional<String> topic) implements Action {}

  record Quit() implements Action {}
}
