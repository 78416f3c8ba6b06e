package org.raqib.server.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonRef;

/**
 * Whether a step may be taken: by whom, in which order, joined to which entry. The service asks before
 * appending (and refuses with the rule's name); the projection asks again when the entry is recorded
 * and keeps an entry that breaks a rule as a conflict that moves nobody, since another entry may have
 * landed in between.
 */
final class PathRules {

	/** What the rules need to know about the step's context. */
	record Context(ExchangePayloads.Step step, String signer, List<Long> refs, @Nullable ReleaseRound round,
			List<ListMember> members, Set<String> roundLists, RoomParties parties, @Nullable PathEvent joined,
			Set<PersonRef> joinedPersons) {
	}

	private PathRules() {
	}

	/** The broken rule's code ({@code exchange.rule.…}), or empty when the step may be taken. */
	static Optional<String> broken(Context c) {
		ExchangePayloads.Step step = c.step();
		if (c.round() == null) {
			return rule("round-unknown");
		}
		if (c.round().status() == RoundState.CANCELLED) {
			return rule("round-cancelled");
		}
		Map<PersonRef, ListMember> members = c.members().stream()
			.collect(Collectors.toMap(ListMember::ref, Function.identity()));
		if (!members.keySet().containsAll(step.persons())
				|| members.values().stream().anyMatch(m -> !c.roundLists().contains(m.listId()))) {
			return rule("person-not-in-round");
		}
		if (members.values().stream().anyMatch(m -> !step.step().after().contains(m.status()))) {
			return rule("out-of-order");
		}
		Set<String> custodians = members.values().stream().map(ListMember::party).collect(Collectors.toSet());
		if (custodians.size() != 1) {
			return rule("mixed-custodians");
		}
		if (!signedByTheRightParty(c, custodians.iterator().next())) {
			return rule("wrong-party");
		}
		if (step.step() == PathStep.RECEIVED && members.values().stream().anyMatch(ListMember::remains)
				|| step.step() == PathStep.REMAINS_RETURNED && !members.values().stream().allMatch(ListMember::remains)) {
			return rule("remains");
		}
		if (step.step().joins().isPresent()) {
			return joins(c, step.step().joins().get());
		}
		return c.refs().isEmpty() ? Optional.empty() : rule("unexpected-ref");
	}

	private static boolean signedByTheRightParty(Context c, String custodian) {
		switch (c.step().step()) {
			case IDENTITY_CONFIRMED:
			case HANDED_OVER:
				return c.signer().equals(c.round().intermediary());
			case TRANSFERRED:
				return c.signer().equals(custodian);
			case RECEIVED:
			case REMAINS_RETURNED:
				return !c.signer().equals(custodian) && c.parties().sides().contains(c.signer());
			case WITHDRAWN:
				return c.signer().equals(custodian) || c.parties().mediators().contains(c.signer());
			default:
				return false;
		}
	}

	private static Optional<String> joins(Context c, PathStep joined) {
		if (c.refs().size() != 1 || c.joined() == null) {
			return rule("handover-unjoined");
		}
		PathEvent other = c.joined();
		if (other.step() != joined || other.conflict() != null || "retracted".equals(other.state())
				|| other.round() != c.step().round() || !c.joinedPersons().containsAll(c.step().persons())) {
			return rule("handover-unjoined");
		}
		return Optional.empty();
	}

	private static Optional<String> rule(String name) {
		return Optional.of("exchange.rule." + name);
	}

}
