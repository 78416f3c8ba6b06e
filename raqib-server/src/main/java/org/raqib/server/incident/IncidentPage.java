package org.raqib.server.incident;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.Party;

/**
 * What every incident page knows: the agreement, the reader's language, whether the reader works the room
 * (else only published incidents are shown), the parties the reader reports for, and names of parties and
 * places in the reader's language.
 */
record IncidentPage(String id, String name, String language, boolean room, List<String> reportingFor,
		IncidentRoom incidentRoom, Map<String, Party> parties, Locale locale) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String party(@Nullable String code) {
		if (code == null) {
			return "";
		}
		Party party = this.parties.get(code);
		return party == null ? code : party.name(this.locale);
	}

	public String place(@Nullable String id) {
		return this.incidentRoom.featureName(id, this.language);
	}

	public String places(List<String> ids) {
		return String.join("، ".equals(separator()) ? "، " : ", ", ids.stream().map(this::place).toList());
	}

	/** A time in the agreement's zone, as the room reads it. */
	public String local(@Nullable Instant at) {
		return at == null ? "" : LOCAL.format(at.atZone(this.incidentRoom.zone()));
	}

	public String zone() {
		return this.incidentRoom.zone().getId();
	}

	public List<String> agreementParties() {
		return this.incidentRoom.parties();
	}

	private String separator() {
		return "ar".equals(this.language) ? "، " : ", ";
	}

}
