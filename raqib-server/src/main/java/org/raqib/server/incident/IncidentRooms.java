package org.raqib.server.incident;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Component;

/** Each agreement's {@link IncidentRoom}, read once per agreement version (its GeoJSON is parsed once). */
@Component
class IncidentRooms {

	private record Key(String log, long version) {
	}

	private final Agreements agreements;

	private final Map<Key, IncidentRoom> rooms = new ConcurrentHashMap<>();

	IncidentRooms(Agreements agreements) {
		this.agreements = agreements;
	}

	IncidentRoom of(String log) {
		var version = this.agreements.latest(log).orElseThrow(() -> new NotFound("agreement " + log));
		return this.rooms.computeIfAbsent(new Key(log, version.index()), k -> IncidentRoom.of(version.definition()));
	}

}
