package org.raqib.server.movement;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.server.agreement.Agreements;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Component;

/**
 * Each agreement's {@link MovementRoom}, read once per agreement version: the projection judges every count
 * against the geography, and reading GeoJSON for each entry of a day of hourly counts would be wasteful.
 */
@Component
class MovementRooms {

	private record Key(String log, long version) {
	}

	private final Agreements agreements;

	private final Map<Key, MovementRoom> rooms = new ConcurrentHashMap<>();

	MovementRooms(Agreements agreements) {
		this.agreements = agreements;
	}

	MovementRoom of(String log) {
		var version = this.agreements.latest(log).orElseThrow(() -> new NotFound("agreement " + log));
		return this.rooms.computeIfAbsent(new Key(log, version.index()), k -> MovementRoom.of(version.definition()));
	}

	boolean exists(String log) {
		return this.agreements.latest(log).isPresent();
	}

}
