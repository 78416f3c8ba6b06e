package org.raqib.server.osint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.raqib.server.system.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * The sources the room reads news from, and reading them: a feed is fetched (http or https, at most
 * {@value #MAX_BYTES} bytes), a folder's files are read one by one. Each reading is noted on its source; a
 * problem with one file or feed stops neither polling nor the other sources.
 */
@Service
public class NewsSources {

	static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final SourceTable sources;

	private final Ingesting ingesting;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	NewsSources(SourceTable sources, Ingesting ingesting, Clock clock) {
		this.sources = sources;
		this.ingesting = ingesting;
		this.clock = clock;
	}

	public List<NewsSource> of(String log) {
		return this.sources.of(log);
	}

	/** Adds a feed or a folder, checked first: an address must be http(s), a folder must exist. */
	public NewsSource add(String log, String kind, String name, String location) {
		this.ingesting.zone(log);
		if (name.isBlank() || name.length() > 200) {
			throw InvalidInput.of("name", "osint.source.name.required");
		}
		if (NewsSource.FEED.equals(kind) && !location.strip().matches("https?://\\S{1,1990}")) {
			throw InvalidInput.of("location", "osint.source.feed.invalid");
		}
		if (NewsSource.FOLDER.equals(kind) && !Files.isDirectory(Path.of(location.strip()))) {
			throw InvalidInput.of("location", "osint.source.folder.missing", location);
		}
		if (!NewsSource.FEED.equals(kind) && !NewsSource.FOLDER.equals(kind)) {
			throw InvalidInput.of("kind", "osint.source.kind.unknown");
		}
		var source = new NewsSource(UUID.randomUUID(), log, kind, name.strip(), location.strip(), this.clock.instant(),
				null, null);
		this.sources.insert(source);
		return source;
	}

	/** Reads every feed and folder of every agreement once. */
	public void pollAll() {
		this.sources.polled().forEach(this::read);
	}

	/** Reads one source now; what it did (or its problem) is noted on it. */
	public Ingesting.Summary read(NewsSource source) {
		Ingesting.Summary summary = Ingesting.NOTHING;
		String result;
		try {
			if (NewsSource.FEED.equals(source.kind())) {
				summary = this.ingesting.ingest(source.log(), fetch(source.location()), source.name());
			}
			else {
				for (Path file : files(Path.of(source.location()))) {
					summary = summary.plus(this.ingesting.ingest(source.log(), Files.readAllBytes(file),
							file.getFileName().toString()));
				}
			}
			result = summary.read() + " read, " + summary.added() + " new, " + summary.claims() + " claims";
		}
		catch (InvalidInput | IOException | IllegalArgumentException ex) {
			result = "failed: " + (ex instanceof InvalidInput i ? i.problems().toString() : ex.getMessage());
		}
		this.sources.read(source.id(), this.clock.instant(), result);
		return summary;
	}

	/** The bytes at an http(s) address. */
	byte[] fetch(String address) throws IOException {
		if (!address.matches("https?://\\S+")) {
			throw new IOException("not an http(s) address: " + address);
		}
		var request = HttpRequest.newBuilder(URI.create(address)).timeout(TIMEOUT).GET().build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw new IOException(address + " answered " + response.statusCode());
			}
			if (response.body().length > MAX_BYTES) {
				throw new IOException(address + " is larger than " + MAX_BYTES + " bytes");
			}
			return response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading " + address, ex);
		}
	}

	/** A folder's regular files, by name, hidden ones left out. */
	static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
				.sorted().toList();
		}
	}

}
