package org.raqib.server.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.text.names.NameRecord;

/** A person's data as the matcher reads it: the names in every script given, the ID number, the birth year. */
final class PersonNames {

	private PersonNames() {
	}

	static List<NameRecord> records(List<PersonRef> refs, Map<PersonRef, PersonData> data) {
		return refs.stream().map(ref -> record(ref, data.get(ref))).toList();
	}

	static NameRecord record(PersonRef ref, PersonData d) {
		var names = new ArrayList<String>();
		for (String name : new String[] { d.nameAr(), d.nameLatin(), d.nameHe() }) {
			if (name != null && !name.isBlank()) {
				names.add(name);
			}
		}
		Integer year = d.birthYear() != null ? d.birthYear() : d.dateOfBirth() != null ? d.dateOfBirth().getYear() : null;
		return new NameRecord(ref.value(), names, d.idNumber(), year);
	}

}
