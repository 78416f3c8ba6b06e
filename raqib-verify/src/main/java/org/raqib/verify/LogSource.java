package org.raqib.verify;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where a log's public layout is read from: a server's base URL or an exported folder. Both hold the
 * same relative paths: {@code checkpoint}, {@code tile/…}, {@code tile/entries/…} (C2SP tlog-tiles),
 * and Raqib's {@code roster/<index>}. Implementations are thread-safe.
 */
interface LogSource {

    /**
     * Returns the file at {@code path}, relative to the log's base.
     *
     * @throws SourceException if it cannot be read; {@link SourceException#isNotFound()} when it is absent
     */
    byte[] read(String path);

    /** Returns where the log is, as the user gave it. */
    String location();

    /** Returns the signed checkpoint note. */
    default byte[] checkpoint() {
        return read("checkpoint");
    }

    /** Returns the roster text that the roster entry at {@code index} put in force. */
    default byte[] roster(long index) {
        return read("roster/" + Long.toUnsignedString(index));
    }

    /** Opens {@code location}: an {@code http(s)://} base URL, or else a folder. */
    static LogSource open(String location, Http http) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return new HttpLogSource(URI.create(location), http);
        }
        return new DirectoryLogSource(Path.of(location));
    }
}
