package org.raqib.server.osint;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A news article read for an agreement, known by the hash of its source and text.
 *
 * @param hash hex SHA-256 of the source, a newline and the text; {@code sha256:} + hash in entries.
 * @param story the hash of the first article of its near-duplicate group.
 * @param readFrom the file, feed or upload it was read from.
 */
public record NewsArticle(String log, String hash, String source, @Nullable String url, @Nullable Instant published,
		String language, String title, String body, String story, String readFrom, Instant ingestedAt) {

	/** Title and body as claims' offsets count them. */
	public String text() {
		return this.title + "\n" + this.body;
	}

	public String reference() {
		return "sha256:" + this.hash;
	}

	public boolean arabic() {
		return "ar".equals(this.language);
	}

}
