package org.raqib.server.record;

import java.time.Instant;

/**
 * An entry durably in the log: its index and leaf hash, and the log's promise (a note signed with the
 * log key) that a checkpoint will include it. The receipt comes with the next checkpoint.
 */
public record Appended(String log, long index, byte[] leafHash, Instant recordedAt, String promise) {
}
