package org.raqib.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;

import org.raqib.tlog.Checkpoint;
import org.raqib.tlog.CompactRange;
import org.raqib.tlog.EntryBundle;
import org.raqib.tlog.EntryKind;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.EntryVerifier;
import org.raqib.tlog.Hashes;
import org.raqib.tlog.Roster;
import org.raqib.tlog.SignedEntry;
import org.raqib.tlog.Tile;
import org.raqib.tlog.TileHashReader;
import org.raqib.tlog.VerifierKey;
import org.raqib.tlog.Verifiers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A log's client for process tests: records statements through the API, and checks the whole served
 * log with the library alone, as a party's verifier would.
 */
public final class LogClient {

	/** What the server promised for a statement: its index and leaf hash. */
	public record Promised(long index, String leafHash) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String log;

	public LogClient(String base, String log) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.log = log;
	}

	/** Records a statement; returns the response's status and, on 201, what was promised. */
	public HttpResponse<String> postStatement(String token, String party, String text) throws IOException,
			InterruptedException {
		String body = JSON.writeValueAsString(Map.of("party", party, "textEn", text, "occurredAt",
				"2025-01-19T06:30:00Z"));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/logs/" + this.log + "/statements"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(40))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public static Promised promised(HttpResponse<String> created) {
		JsonNode json = JSON.readTree(created.body());
		return new Promised(json.get("index").asLong(), json.get("leafHash").asString());
	}

	public String leafHash(long index) throws IOException, InterruptedException {
		return JSON.readTree(get("/api/v1/logs/" + this.log + "/entries/" + index, String.class)).get("leafHash")
			.asString();
	}

	/** Waits until a signed checkpoint covers at least {@code size} entries. */
	public Checkpoint awaitCheckpoint(long size, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Checkpoint checkpoint = checkpoint();
			if (checkpoint.size() >= size || System.nanoTime() > deadline) {
				return checkpoint;
			}
			Thread.sleep(200);
		}
	}

	public Checkpoint checkpoint() throws IOException, InterruptedException {
		JsonNode log = logInfo();
		return Checkpoint.open(get("/log/" + this.log + "/checkpoint", byte[].class), log.get("origin").asString(),
				Verifiers.of(VerifierKey.parse(log.get("vkey").asString()).verifier()));
	}

	/**
	 * Checks the served log end to end: entry bundles against the signed root, every entry strictly
	 * valid for the roster in force. Returns the verified size.
	 */
	public long verify() throws IOException, InterruptedException {
		Checkpoint checkpoint = checkpoint();
		var leaves = new ArrayList<byte[]>();
		for (Tile tile : Tile.tiles(checkpoint.size())) {
			if (tile.level() == 0) {
				leaves.addAll(EntryBundle.decode(get("/log/" + this.log + "/" + tile.entriesPath(), byte[].class)));
			}
		}
		CompactRange range = CompactRange.empty();
		leaves.forEach(leaf -> range.append(Hashes.leafHash(leaf)));
		if (!Arrays.equals(range.root(), checkpoint.root())) {
			throw new IllegalStateException("the entries do not make the signed root");
		}
		var fromTiles = new TileHashReader(checkpoint.size(), tile -> tile(tile));
		if (!Arrays.equals(CompactRange.restore(checkpoint.size(), fromTiles).root(), checkpoint.root())) {
			throw new IllegalStateException("the tiles do not make the signed root");
		}
		Roster roster = null;
		for (int i = 0; i < leaves.size(); i++) {
			SignedEntry entry = SignedEntry.parse(leaves.get(i));
			boolean isRoster = entry.entry().kind().equals(EntryKinds.ROSTER.name());
			Roster current = isRoster ? roster(i) : null;
			new EntryVerifier(roster != null ? roster : current, kinds()).verify(i, entry);
			roster = isRoster ? current : roster;
		}
		return checkpoint.size();
	}

	private Roster roster(long index) throws IOException, InterruptedException {
		return Roster.parse(get("/log/" + this.log + "/roster/" + index, String.class));
	}

	private byte[] tile(Tile tile) {
		try {
			return get("/log/" + this.log + "/" + tile.path(), byte[].class);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** How many entries the log holds now, sequenced whether or not a checkpoint covers them yet. */
	public long size() throws IOException, InterruptedException {
		return logInfo().get("size").asLong();
	}

	/** Waits until a checkpoint covers every entry the log holds now. */
	public Checkpoint awaitFullCheckpoint(Duration timeout) throws Exception {
		return awaitCheckpoint(size(), timeout);
	}

	private JsonNode logInfo() throws IOException, InterruptedException {
		for (JsonNode log : JSON.readTree(get("/api/v1/logs", String.class))) {
			if (log.get("id").asString().equals(this.log)) {
				return log;
			}
		}
		throw new IllegalStateException("no log " + this.log);
	}

	/** The kinds the parties' verifier ships: what an outsider checking the log knows. */
	static EntryKinds kinds() {
		var builder = EntryKinds.builder();
		try (var in = LogClient.class.getResourceAsStream("/org/raqib/verify/kinds.txt")) {
			for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
				String[] words = line.strip().split("\\s+");
				if (!words[0].isEmpty() && !words[0].startsWith("#")) {
					builder.add(new EntryKind(words[0], java.util.Arrays.stream(words)
						.filter(w -> !w.equals(words[0]))
						.collect(java.util.stream.Collectors.toSet())));
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return builder.build();
	}

	@SuppressWarnings("unchecked")
	private <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(20)).build();
		if (type == byte[].class) {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			check(path, response.statusCode());
			return (T) response.body();
		}
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		check(path, response.statusCode());
		return (T) response.body();
	}

	private static void check(String path, int status) {
		if (status != 200) {
			throw new IllegalStateException(path + " answered " + status);
		}
	}

}
