package org.raqib.server.osint;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.EntryRemarks;
import org.raqib.server.record.RoomAccess;
import org.springframework.stereotype.Component;

/** On an entry's page, for the room: the news figures that contradict the figure this entry gives. */
@Component
class DiscrepancyRemarks implements EntryRemarks {

	private final Discrepancies discrepancies;

	private final Agreements agreements;

	private final ClaimTable claims;

	DiscrepancyRemarks(Discrepancies discrepancies, Agreements agreements, ClaimTable claims) {
		this.discrepancies = discrepancies;
		this.agreements = agreements;
		this.claims = claims;
	}

	@Override
	public List<Remark> about(String log, long index, @Nullable RaqibUser user) {
		if (!RoomAccess.isRoomMember(user, log) || !this.agreements.exists(log)
				|| this.claims.comparable(log, RecordMeasures.newsMeasures()).isEmpty()) {
			return List.of();
		}
		return this.discrepancies.citing(log, index).stream()
			.map(d -> new Remark("osint.entry.flagged", List.of(d.claim().saidBy() == null ? d.article().source()
					: d.claim().saidBy(), d.claimed(), d.recorded()), "/agreements/" + log + "/news/articles/"
							+ d.article().hash() + "#" + d.claim().anchor()))
			.toList();
	}

}
