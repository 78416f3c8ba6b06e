package org.raqib.server.record;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A party's answer to another's entry: it confirms it, or disputes it with its reasons and evidence.
 *
 * @param target the entry answered.
 * @param note the reasons (need to know: shown to the room only).
 * @param state {@code current} or {@code retracted}.
 */
public record Response(String log, long index, long target, String party, Stance stance, @Nullable String note,
		@Nullable String link, Instant recordedAt, String state) {

	public enum Stance {

		CONFIRMED, DISPUTED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		public String messageKey() {
			return "response.stance." + code();
		}

		String kind() {
			return this == CONFIRMED ? Responses.CONFIRMATION : Responses.DISPUTE;
		}

	}

	public boolean disputes() {
		return this.stance == Stance.DISPUTED && "current".equals(this.state);
	}

	public boolean stands() {
		return "current".equals(this.state);
	}

}
