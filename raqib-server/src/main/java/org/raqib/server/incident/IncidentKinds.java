package org.raqib.server.incident;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.record.RoomKind;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The incident kinds, each signed by the party that acts: a report, a step of its workflow, a duplicate merged
 * into another, a breach of an obligation confirmed. The room reads them all; a viewer reads the report of a
 * published incident and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class IncidentKinds {

	static final String REPORTED = "incident.reported/v1";

	static final String STEP = "incident.step/v1";

	static final String DUPLICATE = "incident.duplicate/v1";

	static final String BREACH = "incident.breach/v1";

	private static final List<String> TABLES = List.of("incident", "incident_zone", "incident_step", "incident_breach",
			"incident_count", "incident_cell", Facts.TABLE);

	@Bean
	RecordKind incidentReported(IncidentProjection projection, IncidentTable incidents) {
		return new Kind(REPORTED) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				IncidentPayloads.Reported.read(payload);
				refs(refs, 0);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.reported(entry, IncidentPayloads.Reported.read(entry.payload()));
			}

			@Override
			public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
				return super.mayRead(user, entry) || user != null && user.holds(Role.VIEWER, entry.log())
						&& incidents.find(entry.log(), entry.index()).filter(i -> i.published() && !i.merged()).isPresent();
			}

		};
	}

	@Bean
	RecordKind incidentStep(IncidentProjection projection) {
		return new Kind(STEP) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				IncidentPayloads.Step.read(payload);
				refs(refs, 1);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.step(entry, IncidentPayloads.Step.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind incidentDuplicate(IncidentProjection projection) {
		return new Kind(DUPLICATE) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				IncidentPayloads.Duplicate.read(payload);
				refs(refs, 2);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.duplicate(entry, IncidentPayloads.Duplicate.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind incidentBreach(IncidentProjection projection) {
		return new Kind(BREACH) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				IncidentPayloads.Breach.read(payload);
				refs(refs, 1);
			}

			@Override
			public void project(RecordedEntry entry) {
				projection.breach(entry, IncidentPayloads.Breach.read(entry.payload()));
			}

		};
	}

	private static void refs(List<Long> refs, int expected) {
		if (refs.size() != expected) {
			throw InvalidInput.of("refs", "incident.refs", expected);
		}
	}

	private abstract static class Kind extends RoomKind {

		Kind(String name) {
			super(name, TABLES);
		}

		@Override
		public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
			return RoomAccess.isRoomMember(user, entry.log());
		}

	}

}
