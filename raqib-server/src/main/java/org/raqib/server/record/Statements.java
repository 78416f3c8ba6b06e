package org.raqib.server.record;

import java.util.List;
import java.util.Optional;

import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.raqib.server.system.Timestamps;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Recording official statements and correcting or retracting them. A mediator records a statement for
 * any party of the log; a party liaison for its own party only. Reading needs a role in the room.
 */
@Service
public class Statements {

	private final Appending appending;

	private final JdbcClient jdbc;

	Statements(Appending appending, JdbcClient jdbc) {
		this.appending = appending;
		this.jdbc = jdbc;
	}

	public List<Statement> list(String log, RaqibUser reader) {
		checkReader(log, reader);
		return this.jdbc.sql(SELECT + " WHERE log_id = :log ORDER BY occurred_at DESC, idx DESC")
			.param("log", log)
			.query(Statements::statement)
			.list();
	}

	public Optional<Statement> find(String log, long index, RaqibUser reader) {
		checkReader(log, reader);
		return this.jdbc.sql(SELECT + " WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query(Statements::statement)
			.optional();
	}

	public Appended record(String log, String party, StatementText text, RaqibUser user, Actor actor) {
		checkAuthor(log, party, user);
		return this.appending.append(log, StatementKind.NAME, party, actor.username(), text.payload(), List.of());
	}

	public Appended correct(String log, long index, StatementText text, String reason, RaqibUser user, Actor actor) {
		Statement statement = find(log, index, user).orElseThrow(() -> new NotFound("statement"));
		checkAuthor(log, statement.party(), user);
		byte[] payload = Payloads.write(java.util.Map.of("reason", requiredReason(reason), "replacement",
				Payloads.tree(text.payload())));
		return this.appending.append(log, Revisions.CORRECTION, statement.party(), actor.username(), payload,
				List.of(index));
	}

	public Appended retract(String log, long index, String reason, RaqibUser user, Actor actor) {
		Statement statement = find(log, index, user).orElseThrow(() -> new NotFound("statement"));
		checkAuthor(log, statement.party(), user);
		return this.appending.append(log, Revisions.RETRACTION, statement.party(), actor.username(),
				Payloads.write(java.util.Map.of("reason", requiredReason(reason))), List.of(index));
	}

	/** Whether the user may record statements for the party in this log. */
	public static boolean mayAuthor(String log, String party, RaqibUser user) {
		return user.holds(Role.MEDIATOR, log) || user.grants()
			.stream()
			.anyMatch(g -> g.role() == Role.PARTY_LIAISON && g.covers(log) && party.equals(g.party()));
	}

	private static void checkAuthor(String log, String party, RaqibUser user) {
		if (!mayAuthor(log, party, user)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_YOUR_PARTY",
					"only a mediator or a liaison of " + party + " records its statements");
		}
	}

	private static void checkReader(String log, RaqibUser reader) {
		if (!RoomAccess.isRoomMember(reader, log)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NEED_TO_KNOW", "statements are for the room's members");
		}
	}

	private static String requiredReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "record.payload.required");
		}
		return reason.strip();
	}

	private static final String SELECT = """
			SELECT log_id, idx, party, text_ar, text_en, occurred_at, link, recorded_at, state, revised_by
			FROM record_statement
			""";

	private static Statement statement(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Statement(rs.getString("log_id"), rs.getLong("idx"), rs.getString("party"), rs.getString("text_ar"),
				rs.getString("text_en"), Timestamps.instant(rs, "occurred_at"), rs.getString("link"),
				Timestamps.instant(rs, "recorded_at"), rs.getString("state"),
				rs.getObject("revised_by") == null ? null : rs.getLong("revised_by"));
	}

}
