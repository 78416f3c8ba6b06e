package org.raqib.server.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.InvalidInput;
import org.raqib.tlog.EntryKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agreement's two kinds of entry. Each carries a whole definition, so anyone holding the log can tell
 * which version was in force when. Agreements are the room's common ground: every signed-in user may read
 * them.
 */
@Configuration(proxyBeanMethods = false)
class AgreementKinds {

	static final String DEFINED = "agreement.defined/v1";

	static final String AMENDED = "agreement.amended/v1";

	@Bean
	RecordKind agreementDefined(AgreementProjection projection) {
		return new Kind(DEFINED, projection) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				AgreementPayloads.definition(payload);
				if (!refs.isEmpty()) {
					throw InvalidInput.of("refs", "agreement.payload.invalid", "a definition refers to nothing");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				AgreementDefinition definition = AgreementPayloads.definition(entry.payload());
				projection().version(entry, definition, Moments.of(definition).entryIntoForce(), null);
			}

		};
	}

	@Bean
	RecordKind agreementAmended(AgreementProjection projection) {
		return new Kind(AMENDED, projection) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				AgreementPayloads.amendment(payload);
				if (refs.size() != 1) {
					throw InvalidInput.of("refs", "agreement.payload.invalid", "an amendment refers to the version it replaces");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				AgreementPayloads.Amendment amendment = AgreementPayloads.amendment(entry.payload());
				projection().version(entry, amendment.definition(), amendment.inForceFrom(), amendment.reason());
			}

		};
	}

	private abstract static class Kind implements RecordKind {

		private final String name;

		private final AgreementProjection projection;

		Kind(String name, AgreementProjection projection) {
			this.name = name;
			this.projection = projection;
		}

		AgreementProjection projection() {
			return this.projection;
		}

		@Override
		public EntryKind kind() {
			return EntryKind.signedByParty(this.name);
		}

		@Override
		public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
			return user != null;
		}

		@Override
		public List<String> projectionTables() {
			return List.of("agreement_version");
		}

	}

}
