package org.raqib.server.osint;

import java.util.List;

import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.record.RoomKind;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review decisions, signed by the mediating party of the mediator who decides. Only the room reads them:
 * which news the room took up is its working record.
 */
@Configuration(proxyBeanMethods = false)
class OsintKinds {

	static final String ACCEPTED = "osint.claim-accepted/v1";

	static final String REJECTED = "osint.claim-rejected/v1";

	private static final List<String> TABLES = List.of("osint_decision");

	@Bean
	RecordKind osintClaimAccepted(ReviewDecisionTable decisions) {
		return new RoomKind(ACCEPTED, TABLES) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				DecisionPayloads.Decision.accepted(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				decisions.insert(entry, NewsClaim.ACCEPTED, DecisionPayloads.Decision.accepted(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind osintClaimRejected(ReviewDecisionTable decisions) {
		return new RoomKind(REJECTED, TABLES) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				DecisionPayloads.Decision.rejected(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				decisions.insert(entry, NewsClaim.REJECTED, DecisionPayloads.Decision.rejected(entry.payload()));
			}

		};
	}

	private static void noRefs(List<Long> refs) {
		if (!refs.isEmpty()) {
			throw InvalidInput.of("refs", "osint.ref.unexpected");
		}
	}

}
