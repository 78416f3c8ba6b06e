package org.raqib.server.record;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.tlog.EntryKind;

/**
 * A kind of the room's working record: signed by the party that acts, its payloads read by the room of the
 * agreement only (viewers see published aggregates, never these), projected into the module's tables.
 */
public abstract class RoomKind implements RecordKind {

	private final String name;

	private final List<String> tables;

	protected RoomKind(String name, List<String> tables) {
		this.name = name;
		this.tables = List.copyOf(tables);
	}

	@Override
	public EntryKind kind() {
		return EntryKind.signedByParty(this.name);
	}

	@Override
	public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
		return RoomAccess.isRoomMember(user, entry.log());
	}

	@Override
	public List<String> projectionTables() {
		return this.tables;
	}

}
