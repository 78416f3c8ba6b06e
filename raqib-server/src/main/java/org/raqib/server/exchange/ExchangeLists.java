package org.raqib.server.exchange;

import org.raqib.server.access.RaqibUser;
import org.springframework.stereotype.Service;

/** Lists of persons submitted for release rounds. */
@Service
public class ExchangeLists {

	/**
	 * Checks the whole list, stores its persons in the person store and appends its entries: all or nothing.
	 * @param user a liaison of the list's party, or a mediator.
	 * @throws org.raqib.server.system.InvalidInput naming each problem: {@code listId}, {@code round},
	 * {@code party}, {@code retainUntil}, {@code handedOverAt}, or {@code persons[i].field} (0-based i).
	 */
	public SubmittedList submit(RaqibUser user, String log, ListSubmission list) {
		throw new UnsupportedOperationException("not yet");
	}

}
