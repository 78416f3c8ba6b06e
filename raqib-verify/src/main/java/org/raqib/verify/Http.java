package org.raqib.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * GET over HTTP the way a verifier needs it: within a time limit, and following a redirect only to the
 * same host, so that a server cannot send the verifier (and a bearer token) somewhere else.
 * Thread-safe.
 */
final class Http {

    /** A response: its status and body. */
    record Response(int status, byte[] body) {
    }

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    /**
     * GETs {@code uri} with {@code headers}.
     *
     * @throws SourceException if the server cannot be reached in time or redirects elsewhere
     */
    Response get(URI uri, Map<String, String> headers) {
        URI current = uri;
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            HttpResponse<byte[]> response = send(current, headers);
            Optional<String> location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return new Response(response.statusCode(), response.body());
            }
            current = sameHost(uri, current.resolve(location.get()));
        }
        throw SourceException.failed("more than " + MAX_REDIRECTS + " redirects from " + uri, null);
    }

    Response get(URI uri) {
        return get(uri, Map.of());
    }

    private HttpResponse<byte[]> send(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET();
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw SourceException.failed("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s from " + uri, e);
        } catch (IOException e) {
            throw SourceException.failed("cannot read " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SourceException.failed("interrupted while reading " + uri, e);
        }
    }

    private static URI sameHost(URI original, URI target) {
        if (!Objects.equals(original.getHost(), target.getHost()) || original.getPort() != target.getPort()) {
            throw SourceException.failed(original + " redirects to another host: " + target, null);
        }
        return target;
    }
}
