package org.raqib.verify;

import java.net.URI;

/**
 * A log served by a Raqib server at {@code http://HOST:PORT/log/<LOG>}. Beside the public layout, the
 * server's API lives at {@code /api/v1/logs}, which payloads and trust on first use need.
 */
final class HttpLogSource implements LogSource {

    private static final String LOG_SEGMENT = "/log/";

    private final URI base;
    private final Http http;

    HttpLogSource(URI base, Http http) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = http;
    }

    @Override
    public byte[] read(String path) {
        URI uri = URI.create(base + "/" + path);
        Http.Response response = http.get(uri);
        if (response.status() == 404) {
            throw SourceException.notFound(uri.toString());
        }
        if (response.status() != 200) {
            throw SourceException.failed("HTTP " + response.status() + " from " + uri, null);
        }
        return response.body();
    }

    @Override
    public String location() {
        return base.toString();
    }

    /** Returns the log's name, the last segment of {@code …/log/<LOG>}. */
    String logName() {
        return base.getPath().substring(logSegment() + LOG_SEGMENT.length());
    }

    /** Returns {@code /log/<LOG>}, as the API's list of logs gives each log's base. */
    String basePath() {
        return base.getPath().substring(logSegment());
    }

    /** Returns the API's list of logs: the base URL with {@code /log/<LOG>} replaced by {@code /api/v1/logs}. */
    URI logsUri() {
        return URI.create(serverPrefix() + "/api/v1/logs");
    }

    /** Returns the URL of the payload of the entry at {@code index}. */
    URI payloadUri(long index) {
        return URI.create(serverPrefix() + "/api/v1/logs/" + logName() + "/payloads/" + Long.toUnsignedString(index));
    }

    private String serverPrefix() {
        String text = base.toString();
        return text.substring(0, text.length() - basePath().length());
    }

    private int logSegment() {
        String path = base.getPath();
        int at = path.lastIndexOf(LOG_SEGMENT);
        if (at < 0 || path.indexOf('/', at + LOG_SEGMENT.length()) >= 0 || path.endsWith(LOG_SEGMENT)) {
            throw new CommandError(base + " is not a Raqib log URL, which ends in /log/<LOG>");
        }
        return at;
    }
}
