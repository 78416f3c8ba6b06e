package org.raqib.server.exchange;

import java.util.Set;
import java.util.stream.Collectors;

import org.raqib.server.agreement.AgreementDefinition;

/** The agreement's parties by what they do in an exchange. */
record RoomParties(Set<String> sides, Set<String> mediators, Set<String> intermediaries) {

	static RoomParties of(AgreementDefinition definition) {
		return new RoomParties(having(definition, "side"), having(definition, "mediator", "guarantor"),
				having(definition, "intermediary"));
	}

	static RoomParties none() {
		return new RoomParties(Set.of(), Set.of(), Set.of());
	}

	private static Set<String> having(AgreementDefinition definition, String... roles) {
		return definition.parties()
			.stream()
			.filter(p -> p.roles().stream().anyMatch(r -> Set.of(roles).contains(r)))
			.map(AgreementDefinition.AgreementParty::party)
			.collect(Collectors.toUnmodifiableSet());
	}

}
