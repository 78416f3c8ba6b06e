package org.raqib.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Party-signed entries over the JSON API, as a party's client sends them. */
final class HttpSubmissions {

	/** The answer to one submission: its status, and the index on 201. */
	record Answer(int status, long index, String body) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final URI entries;

	private final String base;

	private final String token;

	HttpSubmissions(HttpClient client, String base, String log, String token) {
		this.client = client;
		this.base = base;
		this.entries = URI.create(base + "/api/v1/logs/" + log + "/entries");
		this.token = token;
	}

	static HttpClient newClient() {
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

	/** The request body of an entry: the signed note and the payload in base64. */
	static byte[] body(byte[] leaf, byte[] payload) {
		return JSON.writeValueAsBytes(Map.of("entry", new String(leaf, StandardCharsets.UTF_8), "payload",
				Base64.getEncoder().encodeToString(payload)));
	}

	static List<byte[]> bodies(List<byte[]> leaves, byte[] payload) {
		var bodies = new ArrayList<byte[]>(leaves.size());
		leaves.forEach(leaf -> bodies.add(body(leaf, payload)));
		return bodies;
	}

	Answer submit(byte[] body, boolean wantIndex) throws Exception {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(this.entries)
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		long index = response.statusCode() == 201 && wantIndex ? JSON.readTree(response.body()).get("index").asLong() : -1;
		return new Answer(response.statusCode(), index, response.body());
	}

	/** A sender for {@link ClosedLoop}: 201 is appended; a 409 tells the sequence number the log expects. */
	ClosedLoop.Sender sender() {
		return body -> {
			Answer answer = submit(body, false);
			if (answer.status() == 201) {
				return ClosedLoop.Outcome.APPENDED;
			}
			return ClosedLoop.Outcome.refused(answer.status() + " " + answer.body(), expectedSeq(answer));
		};
	}

	static long expectedSeq(Answer answer) {
		if (answer.status() != 409) {
			return -1;
		}
		JsonNode expected = JSON.readTree(answer.body()).get("expectedSeq");
		return expected == null ? -1 : expected.asLong();
	}

	URI receipt(String log, long index) {
		return URI.create(this.base + "/api/v1/logs/" + log + "/receipts/" + index + "?wait=true");
	}

	URI inclusion(String log, long index, long size) {
		return URI.create(this.base + "/api/v1/logs/" + log + "/proofs/inclusion?index=" + index + "&size=" + size);
	}

	HttpClient client() {
		return this.client;
	}

}
