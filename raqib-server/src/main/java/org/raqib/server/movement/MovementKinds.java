package org.raqib.server.movement;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RoomKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The movement kinds, each signed by the party that records it (a monitor's, an agency's or a liaison's
 * party, or a party a mediator records for). Counts and other sources' counts carry no personal data; named
 * lists carry persons' references and commitments. Only the room reads them.
 */
@Configuration(proxyBeanMethods = false)
class MovementKinds {

	static final String COUNTED = "movement.counted/v1";

	static final String REPORTED = "movement.reported-count/v1";

	static final String NAMED_LIST = "movement.named-list/v1";

	private static final List<String> TABLES = List.of("movement_count", "movement_reported_count", "movement_list",
			"movement_list_person", Facts.TABLE);

	@Bean
	RecordKind movementCounted(MovementProjection projection) {
		return new Kind(COUNTED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				MovementPayloads.Count.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.counted(entry, MovementPayloads.Count.read(entry.payload()));
			}

			@Override
			public boolean revise(RecordedEntry revision, RecordedEntry target, byte @Nullable [] replacement) {
				return projection.revise(revision, target,
						replacement == null ? null : MovementPayloads.Count.read(replacement));
			}

		};
	}

	@Bean
	RecordKind movementReportedCount(MovementProjection projection) {
		return new Kind(REPORTED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				MovementPayloads.ReportedCount.read(payload);
				noRefs(refs);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.reported(entry, MovementPayloads.ReportedCount.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind movementNamedList(MovementProjection projection) {
		return new Kind(NAMED_LIST) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				MovementPayloads.NamedList.read(payload);
				if (refs.isEmpty()) {
					throw InvalidInput.of("counts", "movement.list.count.unknown");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.listed(entry, MovementPayloads.NamedList.read(entry.payload()));
			}

		};
	}

	private static void noRefs(List<Long> refs) {
		if (!refs.isEmpty()) {
			throw InvalidInput.of("refs", "movement.ref.unexpected");
		}
	}

	private abstract static class Kind extends RoomKind {

		Kind(String name) {
			super(name, TABLES);
		}

	}

}
