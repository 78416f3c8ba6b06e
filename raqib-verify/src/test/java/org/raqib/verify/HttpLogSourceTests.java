package org.raqib.verify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's URLs derived from a log's base URL, and the refusal to be redirected elsewhere. */
class HttpLogSourceTests {

    private final Http http = new Http();

    @Test
    void derivesThePayloadUrlFromTheBaseUrl() {
        HttpLogSource source = new HttpLogSource(URI.create("http://localhost:8080/log/gaza-2025"), http);

        assertThat(source.payloadUri(17)).isEqualTo(URI.create("http://localhost:8080/api/v1/logs/gaza-2025/payloads/17"));
    }

    @Test
    void derivesTheListOfLogsBehindAPathPrefix() {
        HttpLogSource source = new HttpLogSource(URI.create("https://raqib.example/room/log/gaza-2025/"), http);

        assertThat(source.logsUri()).isEqualTo(URI.create("https://raqib.example/room/api/v1/logs"));
        assertThat(source.basePath()).isEqualTo("/log/gaza-2025");
    }

    @Test
    void refusesAUrlThatIsNotALogUrlWhenTheApiIsNeeded() {
        HttpLogSource source = new HttpLogSource(URI.create("http://localhost:8080/logs/x"), http);

        assertThatThrownBy(source::logsUri).isInstanceOf(CommandError.class);
    }

    @Test
    void refusesARedirectToAnotherHost() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        try {
            HttpLogSource source = new HttpLogSource(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/log/x"), http);

            assertThatThrownBy(source::checkpoint).isInstanceOf(SourceException.class).hasMessageContaining("another host");
        } finally {
            server.stop(0);
        }
    }
}
