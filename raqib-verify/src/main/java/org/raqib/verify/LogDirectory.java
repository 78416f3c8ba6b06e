package org.raqib.verify;

import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.raqib.tlog.VerifierKey;

/**
 * The server's list of logs, {@code GET /api/v1/logs}: a JSON array of {"id", "origin", "vkey", "base", …}.
 * Read only to learn a log's key on first use, when the user has no independent copy of it.
 */
final class LogDirectory {

    private LogDirectory() {
    }

    /**
     * Returns the key the server gives for the log at {@code source}.
     *
     * @throws CommandError if the list cannot be read or has no such log
     */
    static VerifierKey advertisedKey(HttpLogSource source, Http http) {
        Http.Response response = http.get(source.logsUri());
        if (response.status() != 200) {
            throw new CommandError("HTTP " + response.status() + " from " + source.logsUri());
        }
        try {
            for (JsonElement log : JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonArray()) {
                JsonObject entry = log.getAsJsonObject();
                if (entry.has("base") && source.basePath().equals(entry.get("base").getAsString())) {
                    return LogKey.parse(entry.get("vkey").getAsString(), "the server's key for " + source.basePath());
                }
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new CommandError(source.logsUri() + " is not a list of logs: " + e.getMessage(), e);
        }
        throw new CommandError(source.logsUri() + " lists no log at " + source.basePath());
    }
}
