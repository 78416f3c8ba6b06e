package org.raqib.server.record;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An official statement by a party, as last corrected: {@code current}, {@code corrected} or
 * {@code retracted}, with the entry that last revised it.
 */
public record Statement(String log, long index, String party, @Nullable String textAr, @Nullable String textEn,
		Instant occurredAt, @Nullable String link, Instant recordedAt, String state, @Nullable Long revisedBy) {

	/** The text in the reader's language, or the other one when the party spoke only that. */
	public String text(Locale locale) {
		boolean arabic = "ar".equals(locale.getLanguage());
		String preferred = arabic ? this.textAr : this.textEn;
		String other = arabic ? this.textEn : this.textAr;
		return preferred != null ? preferred : other == null ? "" : other;
	}

	/** The language the shown text is in, for its {@code lang} attribute. */
	public String textLanguage(Locale locale) {
		boolean arabic = "ar".equals(locale.getLanguage());
		if (arabic) {
			return this.textAr != null ? "ar" : "en";
		}
		return this.textEn != null ? "en" : "ar";
	}

	public String stateKey() {
		return "statement.state." + this.state;
	}

}
