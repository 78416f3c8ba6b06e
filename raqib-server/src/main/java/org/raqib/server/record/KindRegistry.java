package org.raqib.server.record;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.raqib.server.system.Rejected;
import org.raqib.tlog.EntryKinds;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Every kind the modules declare, and the one list of entry kinds every log accepts. */
@Component
class KindRegistry {

	private final Map<String, RecordKind> kinds = new LinkedHashMap<>();

	private final EntryKinds entryKinds;

	KindRegistry(List<RecordKind> declared) {
		var builder = EntryKinds.builder();
		for (RecordKind kind : declared) {
			this.kinds.put(kind.name(), kind);
			builder.add(kind.kind());
		}
		this.entryKinds = builder.build();
	}

	EntryKinds entryKinds() {
		return this.entryKinds;
	}

	RecordKind get(String name) {
		RecordKind kind = this.kinds.get(name);
		if (kind == null) {
			throw new Rejected(HttpStatus.BAD_REQUEST, "UNKNOWN_KIND", "no kind " + name + " is registered");
		}
		return kind;
	}

	List<String> projectionTables() {
		var tables = new LinkedHashSet<String>();
		this.kinds.values().forEach(k -> tables.addAll(k.projectionTables()));
		return List.copyOf(tables);
	}

}
