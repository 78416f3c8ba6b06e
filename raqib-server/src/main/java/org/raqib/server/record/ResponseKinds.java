package org.raqib.server.record;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Timestamps;
import org.raqib.tlog.EntryKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code record.confirmation/v1} and {@code record.dispute/v1}, projected into {@code record_response}. */
@Configuration(proxyBeanMethods = false)
class ResponseKinds {

	static final Set<String> FIELDS = Set.of("note", "link");

	@Bean
	RecordKind recordConfirmation(JdbcClient jdbc) {
		return new Kind(Response.Stance.CONFIRMED, jdbc);
	}

	@Bean
	RecordKind recordDispute(JdbcClient jdbc) {
		return new Kind(Response.Stance.DISPUTED, jdbc);
	}

	/** The reasons and the evidence's link; a dispute must give its reasons. */
	record Body(@Nullable String note, @Nullable String link) {

		static Body read(byte[] payload, Response.Stance stance) {
			Payloads fields = Payloads.object(payload, FIELDS);
			var body = new Body(fields.text("note", 2000), fields.text("link", 500));
			if (stance == Response.Stance.DISPUTED && body.note() == null) {
				throw InvalidInput.of("note", "response.note.required");
			}
			if (body.link() != null && !(body.link().startsWith("https://") || body.link().startsWith("http://"))) {
				throw InvalidInput.of("link", "response.link.invalid");
			}
			return body;
		}

		byte[] write() {
			var fields = new java.util.LinkedHashMap<String, Object>();
			if (this.note != null) {
				fields.put("note", this.note);
			}
			if (this.link != null) {
				fields.put("link", this.link);
			}
			return Payloads.write(fields);
		}

	}

	private static final class Kind implements RecordKind {

		private final Response.Stance stance;

		private final JdbcClient jdbc;

		Kind(Response.Stance stance, JdbcClient jdbc) {
			this.stance = stance;
			this.jdbc = jdbc;
		}

		@Override
		public EntryKind kind() {
			return EntryKind.signedByParty(this.stance.kind());
		}

		@Override
		public void validate(byte[] payload, List<Long> refs) {
			Body.read(payload, this.stance);
			if (refs.size() != 1) {
				throw InvalidInput.of("refs", "response.refs");
			}
		}

		@Override
		public void project(RecordedEntry entry) {
			Body body = Body.read(entry.payload(), this.stance);
			this.jdbc.sql("""
					INSERT INTO record_response (log_id, idx, target, party, stance, note, link, recorded_at, state)
					VALUES (:log, :idx, :target, :party, :stance, :note, :link, :recorded, 'current')
					""")
				.param("log", entry.log())
				.param("idx", entry.index())
				.param("target", entry.refs().get(0))
				.param("party", entry.party())
				.param("stance", this.stance.name())
				.param("note", body.note())
				.param("link", body.link())
				.param("recorded", Timestamps.utc(entry.recordedAt()))
				.update();
		}

		/** A response is withdrawn by retracting it; it is not corrected (a new one says what changed). */
		@Override
		public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
			if (replacement != null) {
				return false;
			}
			return this.jdbc.sql("""
					UPDATE record_response SET state = 'retracted' WHERE log_id = :log AND idx = :idx AND state = 'current'
					""").param("log", target.log()).param("idx", target.index()).update() == 1;
		}

		@Override
		public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
			return RoomAccess.isRoomMember(user, entry.log());
		}

		@Override
		public List<String> projectionTables() {
			return List.of("record_response");
		}

	}

}
