package org.raqib.server.record;

import java.util.ArrayList;
import java.util.List;

import org.raqib.tlog.Entry;
import org.raqib.tlog.SignedEntry;
import org.springframework.stereotype.Component;

/** Hands each appended (or replayed) entry to the handler of its kind. */
@Component
class Projections {

	private final KindRegistry kinds;

	Projections(KindRegistry kinds) {
		this.kinds = kinds;
	}

	void project(RecordedEntry entry) {
		this.kinds.get(entry.kind()).project(entry);
	}

	List<String> tables() {
		return this.kinds.projectionTables();
	}

	static RecordedEntry recorded(String log, StoredEntry stored, byte[] payload) {
		var refs = new ArrayList<Long>();
		for (Entry.Ref ref : SignedEntry.parse(stored.leaf()).entry().refs()) {
			refs.add(ref.index());
		}
		return new RecordedEntry(log, stored.index(), stored.kind(), stored.party(), stored.seq(), stored.recordedAt(),
				stored.recordedBy(), refs, stored.leafHash(), payload);
	}

}
