package org.raqib.server.exchange;

import java.util.List;

/**
 * A list once in the record: its persons' parts and the closing entry that hands it over.
 *
 * @param indexes the log indexes of the list's entries, the closing one last.
 */
public record SubmittedList(String listId, int persons, List<Long> indexes) {

	public long closingIndex() {
		return this.indexes.get(this.indexes.size() - 1);
	}

}
