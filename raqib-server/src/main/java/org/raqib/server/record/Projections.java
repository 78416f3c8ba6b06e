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
		return recorded(log, stored, payload, SignedEntry.parse(stored.leaf()).entry().refs());
	}

	static RecordedEntry recorded(String log, StoredEntry stored, byte[] payload, List<Entry.Ref> refs) {
		var indexes = new ArrayList<Long>(refs.size());
		refs.forEach(ref -> indexes.add(ref.index()));
		return new RecordedEntry(log, stored.index(), stored.kind(), stored.party(), stored.seq(), stored.recordedAt(),
				stored.recordedBy(), indexes, stored.leafHash(), payload);
	}

}
