package org.raqib.server.osint;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.NotFound;

/**
 * What the news pages know of their reader: the agreement, whether the reader is of its room (sees the
 * record's figures and flags) and a mediator of it (reviews claims).
 */
record NewsPage(String id, String name, boolean room, boolean mediator) {

	static NewsPage of(Agreements agreements, String id, @Nullable RaqibUser user, Locale locale) {
		Agreements.Version version = agreements.latest(id).orElseThrow(() -> new NotFound("agreement " + id));
		boolean mediator = user != null && user.holds(Role.MEDIATOR, id);
		return new NewsPage(id, version.definition().name().in(locale.getLanguage()), RoomAccess.isRoomMember(user, id),
				mediator);
	}

}
