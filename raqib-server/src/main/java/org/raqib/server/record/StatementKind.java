package org.raqib.server.record;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.Timestamps;
import org.raqib.tlog.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code record.statement/v1}: an official statement by a party, projected into {@code record_statement}. */
@Component
class StatementKind implements RecordKind {

	static final String NAME = "record.statement/v1";

	private final JdbcClient jdbc;

	StatementKind(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public EntryKind kind() {
		return EntryKind.signedByParty(NAME);
	}

	@Override
	public void validate(byte[] payload, List<Long> refs) {
		StatementText.read(payload);
	}

	@Override
	public void project(RecordedEntry entry) {
		StatementText text = StatementText.read(entry.payload());
		this.jdbc.sql("""
				INSERT INTO record_statement (log_id, idx, party, text_ar, text_en, occurred_at, link, recorded_at, state)
				VALUES (:log, :idx, :party, :ar, :en, :occurred, :link, :recorded, 'current')
				""")
			.param("log", entry.log())
			.param("idx", entry.index())
			.param("party", entry.party())
			.param("ar", text.textAr())
			.param("en", text.textEn())
			.param("occurred", Timestamps.utc(text.occurredInstant()))
			.param("link", text.link())
			.param("recorded", Timestamps.utc(entry.recordedAt()))
			.update();
	}

	@Override
	public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
		String state = this.jdbc.sql("SELECT state FROM record_statement WHERE log_id = :log AND idx = :idx")
			.param("log", target.log())
			.param("idx", target.index())
			.query(String.class)
			.single();
		if ("retracted".equals(state)) {
			return false;
		}
		if (replacement == null) {
			return this.jdbc.sql("UPDATE record_statement SET state = 'retracted', revised_by = :by"
					+ " WHERE log_id = :log AND idx = :idx")
				.param("by", revision.index()).param("log", target.log()).param("idx", target.index()).update() == 1;
		}
		StatementText text = StatementText.read(replacement);
		return this.jdbc.sql("""
				UPDATE record_statement SET text_ar = :ar, text_en = :en, occurred_at = :occurred, link = :link,
				       state = 'corrected', revised_by = :by
				WHERE log_id = :log AND idx = :idx
				""")
			.param("ar", text.textAr())
			.param("en", text.textEn())
			.param("occurred", Timestamps.utc(text.occurredInstant()))
			.param("link", text.link())
			.param("by", revision.index())
			.param("log", target.log())
			.param("idx", target.index())
			.update() == 1;
	}

	@Override
	public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
		return RoomAccess.isRoomMember(user, entry.log());
	}

	@Override
	public List<String> projectionTables() {
		return List.of("record_statement");
	}

}
