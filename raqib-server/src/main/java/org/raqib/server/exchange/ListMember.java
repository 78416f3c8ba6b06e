package org.raqib.server.exchange;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonRef;

/**
 * A person on a list as the record knows them: by reference, with what the list says and where they are
 * on their path.
 *
 * @param statusIndex the entry that put them where they are (the list part, or their latest step).
 */
public record ListMember(PersonRef ref, String listId, int position, String party, Set<Category> categories,
		@Nullable Category forCategory, Destination destination, String commitment, PathStep status,
		long statusIndex) {

	public ListMember {
		categories = Set.copyOf(categories);
	}

	public boolean remains() {
		return this.categories.contains(Category.BODY);
	}

}
