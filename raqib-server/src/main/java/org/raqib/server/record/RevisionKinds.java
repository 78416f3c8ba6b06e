package org.raqib.server.record;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.tlog.EntryKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code record.correction/v1} and {@code record.retraction/v1}, applied through {@link Revisions}. */
@Configuration(proxyBeanMethods = false)
class RevisionKinds {

	@Bean
	RecordKind correctionKind(Revisions revisions) {
		return new Kind(revisions, Revisions.CORRECTION, true);
	}

	@Bean
	RecordKind retractionKind(Revisions revisions) {
		return new Kind(revisions, Revisions.RETRACTION, false);
	}

	private record Kind(Revisions revisions, String kindName, boolean correction) implements RecordKind {

		@Override
		public EntryKind kind() {
			return EntryKind.signedByParty(this.kindName);
		}

		@Override
		public void validate(byte[] payload, List<Long> refs) {
			this.revisions.validate(payload, refs, this.correction);
		}

		@Override
		public void project(RecordedEntry entry) {
			this.revisions.project(entry, this.correction);
		}

		@Override
		public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
			return RoomAccess.isRoomMember(user, entry.log());
		}

		@Override
		public List<String> projectionTables() {
			return List.of("record_revision");
		}

	}

}
