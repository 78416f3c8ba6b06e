package org.raqib.server.record;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.tlog.EntryKind;
import org.springframework.stereotype.Component;

/**
 * A kind for tests only ({@code record.probe/v1}): its handler fails when the payload asks it to, so a
 * test can see that a failing handler fails its own entry and nothing else.
 */
@Component
class ProbeKind implements RecordKind {

	static final String NAME = "record.probe/v1";

	@Override
	public EntryKind kind() {
		return EntryKind.signedByParty(NAME);
	}

	@Override
	public void validate(byte[] payload, List<Long> refs) {
		Payloads.object(payload, Set.of("fail"));
	}

	@Override
	public void project(RecordedEntry entry) {
		if (Payloads.object(entry.payload(), Set.of("fail")).has("fail")) {
			throw new IllegalStateException("the probe was asked to fail");
		}
	}

	@Override
	public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
		return RoomAccess.isRoomMember(user, entry.log());
	}

}
