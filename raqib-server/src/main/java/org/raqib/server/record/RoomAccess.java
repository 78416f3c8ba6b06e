package org.raqib.server.record;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;

/**
 * The usual need-to-know rule: the people working the room of an agreement (mediators, party liaisons,
 * monitors, agencies) read its records; viewers see published aggregates only, administrators run the
 * system without reading its contents.
 */
public final class RoomAccess {

	static final Set<Role> ROOM = EnumSet.of(Role.MEDIATOR, Role.PARTY_LIAISON, Role.MONITOR, Role.AGENCY);

	private RoomAccess() {
	}

	public static boolean isRoomMember(@Nullable RaqibUser user, String log) {
		return user != null && ROOM.stream().anyMatch(role -> user.holds(role, log));
	}

}
