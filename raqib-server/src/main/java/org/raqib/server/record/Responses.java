package org.raqib.server.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The parties' confirmations and disputes of each other's records and counts. Every module shows them
 * wherever it shows the entry answered, so a dispute is never out of sight.
 */
@Service
public class Responses {

	public static final String CONFIRMATION = "record.confirmation/v1";

	public static final String DISPUTE = "record.dispute/v1";

	/** Kinds that answer or revise others; they are not answered themselves. */
	private static final Set<String> UNANSWERABLE = Set.of(CONFIRMATION, DISPUTE, Revisions.CORRECTION,
			Revisions.RETRACTION, "record.roster/v1");

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final LogReader reader;

	private final Appending appending;

	Responses(JdbcClient jdbc, LogReader reader, Appending appending) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.appending = appending;
	}

	/**
	 * Records a party's confirmation or dispute of another party's entry.
	 * @throws InvalidInput when the entry cannot be answered (a response, a revision, the party's own entry)
	 * or a dispute gives no reasons.
	 */
	public Appended respond(RaqibUser user, String log, long target, String party, Response.Stance stance,
			@Nullable String note, @Nullable String link) {
		if (!Statements.mayAuthor(log, party, user)) {
			throw new org.raqib.server.system.Rejected(org.springframework.http.HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY",
					"only a mediator or a liaison of " + party + " answers for it");
		}
		RecordedEntry entry;
		try {
			entry = this.reader.entry(log, target);
		}
		catch (NotFound ex) {
			throw InvalidInput.of("target", "response.target.unknown");
		}
		if (UNANSWERABLE.contains(entry.kind())) {
			throw InvalidInput.of("target", "response.target.unanswerable");
		}
		if (entry.party().equals(party)) {
			throw InvalidInput.of("party", "response.own-entry");
		}
		byte[] payload = new ResponseKinds.Body(blank(note), blank(link)).write();
		ResponseKinds.Body.read(payload, stance);
		return this.appending.append(log, stance.kind(), party, user.getUsername(), payload, List.of(target));
	}

	/** Withdraws a party's answer: a retraction of it, signed by the same party. */
	public Appended withdraw(RaqibUser user, String log, long response, String reason) {
		Response answer = this.jdbc.sql("""
				SELECT log_id, idx, target, party, stance, note, link, recorded_at, state FROM record_response
				WHERE log_id = :log AND idx = :idx
				""").param("log", log).param("idx", response).query(Responses::response).optional()
			.orElseThrow(() -> new NotFound("response " + response));
		if (!Statements.mayAuthor(log, answer.party(), user)) {
			throw new org.raqib.server.system.Rejected(org.springframework.http.HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY",
					"only a mediator or a liaison of " + answer.party() + " withdraws its answers");
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "record.payload.required");
		}
		return this.appending.append(log, Revisions.RETRACTION, answer.party(), user.getUsername(),
				Payloads.write(java.util.Map.of("reason", reason.strip())), List.of(response));
	}

	/** The responses to one entry, oldest first. */
	public List<Response> to(String log, long target) {
		return to(log, List.of(target)).getOrDefault(target, List.of());
	}

	/** The responses to each of these entries; entries without any are absent. */
	public Map<Long, List<Response>> to(String log, Collection<Long> targets) {
		var found = new LinkedHashMap<Long, List<Response>>();
		var all = List.copyOf(targets);
		for (int from = 0; from < all.size(); from += CHUNK) {
			this.jdbc.sql("""
					SELECT log_id, idx, target, party, stance, note, link, recorded_at, state FROM record_response
					WHERE log_id = :log AND target IN (:targets) ORDER BY idx
					""")
				.param("log", log)
				.param("targets", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(Responses::response)
				.list()
				.forEach(r -> found.computeIfAbsent(r.target(), t -> new ArrayList<>()).add(r));
		}
		return found;
	}

	/** Every standing dispute of the log, newest first. */
	public List<Response> disputes(String log) {
		return this.jdbc.sql("""
				SELECT log_id, idx, target, party, stance, note, link, recorded_at, state FROM record_response
				WHERE log_id = :log AND stance = 'DISPUTED' AND state = 'current' ORDER BY idx DESC
				""").param("log", log).query(Responses::response).list();
	}

	private static Response response(ResultSet rs, int row) throws SQLException {
		return new Response(rs.getString("log_id"), rs.getLong("idx"), rs.getLong("target"), rs.getString("party"),
				Response.Stance.valueOf(rs.getString("stance")), rs.getString("note"), rs.getString("link"),
				Timestamps.instant(rs, "recorded_at"), rs.getString("state"));
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
