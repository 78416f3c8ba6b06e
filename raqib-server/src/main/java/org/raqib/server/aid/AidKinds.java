package org.raqib.server.aid;

import java.util.List;

import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RoomKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aid kinds, each signed by the party whose monitor, agency, liaison or mediator recorded it: a
 * consignment's registration, each of its later steps, and a count another source published.
 */
@Configuration(proxyBeanMethods = false)
class AidKinds {

	static final String REGISTERED = "aid.consignment-registered/v1";

	static final String STEP = "aid.consignment-step/v1";

	static final String COUNT_REPORTED = "aid.count-reported/v1";

	private static final List<String> TABLES = List.of("aid_consignment", "aid_cargo", "aid_step", "aid_count",
			Facts.TABLE);

	@Bean
	RecordKind aidConsignmentRegistered(AidProjection projection) {
		return new Kind(REGISTERED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				AidPayloads.Registration.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.registered(entry, AidPayloads.Registration.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind aidConsignmentStep(AidProjection projection) {
		return new Kind(STEP) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				AidPayloads.Step.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.step(entry, AidPayloads.Step.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind aidCountReported(AidProjection projection) {
		return new Kind(COUNT_REPORTED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				AidPayloads.CountReport.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.countReported(entry, AidPayloads.CountReport.read(entry.payload()));
			}

		};
	}

	private static void noRefs(List<Long> refs) {
		if (!refs.isEmpty()) {
			throw InvalidInput.of("refs", "aid.ref.unexpected");
		}
	}

	private abstract static class Kind extends RoomKind {

		Kind(String name) {
			super(name, TABLES);
		}

	}

}
