package org.raqib.server.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.raqib.server.person.PersonRef;
import org.raqib.server.person.Registered;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;

/**
 * {@code reconcile.list/v1}: a list written for reconciliation only, by any party of the room (the
 * intermediary's copy of a party's list, spelled as the intermediary spells names). Its persons by
 * reference and commitment, never their data; one entry holds the whole list.
 */
record ComparisonList(String list, List<Registered> persons) {

	static final Set<String> FIELDS = Set.of("list", "persons");

	static final Set<String> PERSON_FIELDS = Set.of("ref", "commitment");

	/** Persons per list: one entry stays inside the record's 64 KiB payload limit. */
	static final int MAX_PERSONS = 400;

	ComparisonList {
		persons = List.copyOf(persons);
	}

	static ComparisonList read(byte[] payload) {
		Payloads p = Payloads.object(payload, FIELDS);
		String list = p.requiredText("list", 60);
		if (!MatchDecision.LIST_ID.matcher(list).matches()) {
			throw InvalidInput.of("list", "reconcile.list.invalid");
		}
		var persons = p.objects("persons", PERSON_FIELDS, MAX_PERSONS).stream().map(ComparisonList::person).toList();
		return new ComparisonList(list, persons);
	}

	private static Registered person(Payloads p) {
		String commitment = p.requiredText("commitment", 80);
		if (!commitment.matches("sha256:[0-9a-f]{64}")) {
			throw InvalidInput.of("commitment", "reconcile.person.commitment.invalid");
		}
		try {
			return new Registered(new PersonRef(p.requiredText("ref", 40)), commitment);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("ref", "reconcile.person.ref.invalid");
		}
	}

	byte[] write() {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("list", this.list);
		fields.put("persons", this.persons.stream()
			.map(r -> Map.of("ref", r.ref().value(), "commitment", r.commitment()))
			.toList());
		return Payloads.write(fields);
	}

}
