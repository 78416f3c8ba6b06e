package org.raqib.server.record;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;

/**
 * What other modules have to say about an entry, shown on its page: a module that compares its own material
 * with the record (the news desk's discrepancies) implements this, so the record needs to know no module.
 */
public interface EntryRemarks {

	/** One remark: a message with its arguments, and where to read more. */
	record Remark(String messageKey, List<Object> arguments, String link) {

		public Remark {
			arguments = List.copyOf(arguments);
		}

	}

	/** The remarks on an entry for this reader; none for a reader who may not see what they compare. */
	List<Remark> about(String log, long index, @Nullable RaqibUser user);

}
