package org.raqib.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.raqib.tlog.SignedEntry;

/**
 * A stand-in for a Raqib server on the loopback interface: the log's folder under {@code /log/<LOG>},
 * the list of logs at {@code /api/v1/logs}, and payloads behind bearer tokens. {@link #READER} may read
 * every payload; {@link #LIMITED} has no need to know side B's; any other token is refused.
 */
final class LogServer implements AutoCloseable {

    static final String LOG = "test-log";
    static final String READER = "reader-token";
    static final String LIMITED = "limited-token";

    private final LogWriter log;
    private final HttpServer server;
    private volatile String advertisedVkey = TestKeys.vkey();

    private LogServer(LogWriter log) throws IOException {
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/log/" + LOG + "/", this::file);
        server.createContext("/api/v1/logs", this::api);
        server.start();
    }

    static LogServer serve(LogWriter log) {
        try {
            return new LogServer(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the log's base URL, {@code http://127.0.0.1:PORT/log/test-log}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/log/" + LOG;
    }

    /** Makes {@code /api/v1/logs} give another log key. */
    void advertise(String vkey) {
        advertisedVkey = vkey;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void file(HttpExchange exchange) throws IOException {
        Path file = log.dir().resolve(exchange.getRequestURI().getPath().substring(("/log/" + LOG + "/").length()));
        if (!Files.isRegularFile(file)) {
            send(exchange, 404, "not found");
            return;
        }
        send(exchange, 200, Files.readAllBytes(file));
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/api/v1/logs")) {
            send(exchange, 200, "[{\"id\":\"other\",\"base\":\"/log/other\",\"vkey\":\"x\"},{\"id\":\"" + LOG + "\",\"origin\":\""
                    + TestKeys.ORIGIN + "\",\"vkey\":\"" + advertisedVkey + "\",\"base\":\"/log/" + LOG + "\",\"size\":0}]");
            return;
        }
        String prefix = "/api/v1/logs/" + LOG + "/payloads/";
        if (!path.startsWith(prefix)) {
            send(exchange, 404, "{}");
            return;
        }
        payload(exchange, Long.parseLong(path.substring(prefix.length())));
    }

    private void payload(HttpExchange exchange, long index) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!Set.of("Bearer " + READER, "Bearer " + LIMITED).contains(authorization)) {
            send(exchange, 401, "{\"rule\":\"UNAUTHENTICATED\"}");
        } else if (index >= log.size() || log.payload(index) == null) {
            send(exchange, 404, "{\"rule\":\"NOT_FOUND\"}");
        } else if (authorization.endsWith(LIMITED) && isSideB(index)) {
            send(exchange, 403, "{\"status\":403,\"rule\":\"NEED_TO_KNOW\"}");
        } else {
            send(exchange, 200, log.payload(index));
        }
    }

    private boolean isSideB(long index) {
        return SignedEntry.parse(log.leaf(index)).entry().party().startsWith(TestKeys.SIDE_B);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
