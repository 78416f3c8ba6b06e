package org.raqib.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import org.raqib.tlog.Hashes;

/**
 * Fetches the payloads the token's user may read ({@code GET /api/v1/logs/<LOG>/payloads/<INDEX>}) and
 * checks each against its entry's {@code payload-sha256}. A payload the user has no need to know
 * (403 {@code NEED_TO_KNOW}) is counted as not readable, which is no failure. Thread-safe.
 */
final class PayloadCheck {

    /**
     * What checking one payload gave.
     *
     * @param readable whether the user could read the payload
     * @param failure why the payload is wrong, or {@code null}
     */
    record Result(boolean readable, Failure failure) {
    }

    private final HttpLogSource source;
    private final Http http;
    private final Map<String, String> authorization;

    PayloadCheck(HttpLogSource source, Http http, String token) {
        this.source = source;
        this.http = http;
        this.authorization = Map.of("Authorization", "Bearer " + token);
    }

    /**
     * @throws CommandError if the token is refused, or the server answers otherwise than the API says
     */
    Result check(long index, byte[] payloadSha256) {
        Http.Response response = http.get(source.payloadUri(index), authorization);
        switch (response.status()) {
            case 200:
                boolean matches = MessageDigest.isEqual(Hashes.sha256(response.body()), payloadSha256);
                return new Result(true, matches ? null : Failure.at(index, Rules.PAYLOAD_MISMATCH,
                        "the served payload's SHA-256 is not the entry's payload-sha256"));
            case 404:
                return new Result(false, Failure.at(index, Rules.MISSING_PAYLOAD, "the server has no payload for the entry"));
            case 401:
                throw new CommandError("the server refused the token (HTTP 401)");
            case 403:
                if ("NEED_TO_KNOW".equals(rule(response.body()))) {
                    return new Result(false, null);
                }
                throw new CommandError("the server forbids reading payloads (HTTP 403) for another reason than need to know");
            default:
                throw new CommandError("HTTP " + response.status() + " from " + source.payloadUri(index));
        }
    }

    private static String rule(byte[] problem) {
        try {
            JsonElement rule = JsonParser.parseString(new String(problem, StandardCharsets.UTF_8)).getAsJsonObject().get("rule");
            return rule == null || rule.isJsonNull() ? null : rule.getAsString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
