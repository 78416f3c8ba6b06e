package org.raqib.server.aid;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A day's count of trucks at a crossing and stage as another source published it (entry {@code index}). */
public record CompetingCount(long index, LocalDate date, String crossing, Stage stage, int trucks, String source,
		String sourceType, @Nullable String link, String party) {

	public String sourceTypeKey() {
		return "aid.source-type." + this.sourceType;
	}

}
