package org.raqib.server.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Whether a list's closing entry may hand it over: its own party's open list, all its parts, every person. */
final class ListRules {

	private ListRules() {
	}

	static Optional<String> closing(@Nullable ExchangeList list, String signer, List<Long> refs, List<Long> parts,
			ExchangePayloads.ListClosing closing) {
		if (list == null) {
			return Optional.of("exchange.rule.list-unknown");
		}
		if (!list.party().equals(signer)) {
			return Optional.of("exchange.rule.wrong-party");
		}
		if (!"open".equals(list.state())) {
			return Optional.of("exchange.rule.list-closed");
		}
		if (!new HashSet<>(refs).equals(new HashSet<>(parts)) || refs.size() != parts.size()) {
			return Optional.of("exchange.rule.list-parts");
		}
		if (list.persons() != closing.persons()) {
			return Optional.of("exchange.rule.list-count");
		}
		return Optional.empty();
	}

}
