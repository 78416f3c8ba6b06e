package org.raqib.server.reconcile;

import java.util.List;

import org.raqib.server.record.RecordKind;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.record.RoomKind;
import org.raqib.server.system.InvalidInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reconciliation kinds: a list written for reconciliation only, signed by the party that wrote it; a
 * decision on a probable pair, signed by the party of the person who decided (a mediating party, or the
 * liaison's own). Only the room reads them, though they name persons by reference only.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileKinds {

	static final String MATCH_DECISION = "reconcile.match-decision/v1";

	static final String LIST = "reconcile.list/v1";

	private static final List<String> TABLES = List.of("reconcile_decision", "reconcile_list", "reconcile_list_person");

	@Bean
	RecordKind reconcileMatchDecision(DecisionTable decisions) {
		return new RoomKind(MATCH_DECISION, TABLES) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				MatchDecision.read(payload);
				if (!refs.isEmpty()) {
					throw InvalidInput.of("refs", "reconcile.ref.unexpected");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				decisions.insert(entry, MatchDecision.read(entry.payload()));
			}

		};
	}

	@Bean
	RecordKind reconcileList(ComparisonListTable lists) {
		return new RoomKind(LIST, TABLES) {

			@Override
			public void validate(byte[] payload, List<Long> refs) {
				ComparisonList.read(payload);
				if (!refs.isEmpty()) {
					throw InvalidInput.of("refs", "reconcile.ref.unexpected");
				}
			}

			@Override
			public void project(RecordedEntry entry) {
				lists.insert(entry, ComparisonList.read(entry.payload()));
			}

		};
	}

}
