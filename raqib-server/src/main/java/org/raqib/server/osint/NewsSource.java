package org.raqib.server.osint;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A place the room reads news from for an agreement.
 *
 * @param kind {@code feed} (an RSS or Atom address, polled), {@code folder} (a folder on the server, read on
 * each poll) or {@code upload} (files a mediator uploaded; nothing to poll).
 * @param lastResult what the last reading did, or its problem, as plain text.
 */
public record NewsSource(UUID id, String log, String kind, String name, String location, Instant addedAt,
		@Nullable Instant readAt, @Nullable String lastResult) {

	public static final String FEED = "feed";

	public static final String FOLDER = "folder";

	public static final String UPLOAD = "upload";

	public String kindKey() {
		return "osint.source.kind." + this.kind;
	}

}
