package org.raqib.server.exchange;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.raqib.server.record.RecordedEntry;
import org.springframework.stereotype.Component;

/**
 * Projects the exchange entries into the module's tables and feeds the compliance engine: a submitted
 * list is an {@code exchange.list-handed-over} fact; a handover by the intermediary releases its persons
 * ({@code exchange.released}, attributed to their custodian, by category, the category they are released
 * for, and round).
 */
@Component
class ExchangeProjection {

	static final String RELEASED = "exchange.released";

	static final String LIST_HANDED_OVER = "exchange.list-handed-over";

	private final RoundTable rounds;

	private final ListTable lists;

	private final StepTable steps;

	private final Agreements agreements;

	private final Facts facts;

	ExchangeProjection(RoundTable rounds, ListTable lists, StepTable steps, Agreements agreements, Facts facts) {
		this.rounds = rounds;
		this.lists = lists;
		this.steps = steps;
		this.agreements = agreements;
		this.facts = facts;
	}

	void roundPlanned(RecordedEntry entry, ExchangePayloads.RoundPlan plan) {
		if (this.rounds.find(entry.log(), plan.round()).isEmpty()) {
			this.rounds.plan(entry, plan);
		}
	}

	void roundStatus(RecordedEntry entry, ExchangePayloads.RoundStatus status) {
		Optional<ReleaseRound> round = this.rounds.find(entry.log(), status.round());
		boolean stands = round.isPresent() && !round.get().status().isFinal();
		this.rounds.status(entry, status, stands ? "current" : "conflict");
	}

	void listPart(RecordedEntry entry, ExchangePayloads.ListPart part) {
		this.lists.addPart(entry, part);
	}

	void listSubmitted(RecordedEntry entry, ExchangePayloads.ListClosing closing) {
		Optional<ExchangeList> list = this.lists.find(entry.log(), closing.list());
		Optional<String> broken = ListRules.closing(list.orElse(null), entry.party(), entry.refs(),
				list.isEmpty() ? List.of() : this.lists.parts(entry.log(), closing.list()), closing);
		if (broken.isPresent()) {
			if (list.isPresent()) {
				this.lists.conflict(entry.log(), closing.list(), broken.get());
			}
			return;
		}
		this.lists.close(entry, closing);
		this.facts.record(new Fact(entry.log(), entry.index(), entry.recordedAt(), closing.handedOverAt(),
				LIST_HANDED_OVER, entry.party(), closing.persons(), Map.of("round", Set.of(String.valueOf(closing.round())))));
	}

	void step(RecordedEntry entry, ExchangePayloads.Step step) {
		PathRules.Context context = context(entry.log(), step, entry.party(), entry.refs());
		Optional<String> broken = PathRules.broken(context);
		Long joined = entry.refs().isEmpty() ? null : entry.refs().get(0);
		this.steps.insert(entry, step, joined, broken.orElse(null));
		if (broken.isPresent()) {
			return;
		}
		for (ListMember member : context.members()) {
			this.steps.moved(entry, member);
			this.lists.move(entry.log(), member.ref(), step.step(), entry.index());
		}
		if (step.step().releases()) {
			released(entry.log(), entry.index(), entry, step, context.members());
		}
	}

	/** The context the rules judge a step in, read from the tables as they are now. */
	PathRules.Context context(String log, ExchangePayloads.Step step, String signer, List<Long> refs) {
		ReleaseRound round = this.rounds.find(log, step.round()).orElse(null);
		List<ListMember> members = this.lists.members(log, step.persons());
		Set<String> roundLists = this.lists.submittedFor(log, step.round());
		PathEvent joined = refs.size() == 1 ? this.steps.find(log, refs.get(0)).orElse(null) : null;
		return new PathRules.Context(step, signer, refs, round, members, roundLists, parties(log), joined,
				joined == null ? Set.of() : this.steps.persons(log, joined.index()));
	}

	RoomParties parties(String log) {
		return this.agreements.latest(log).map(v -> RoomParties.of(v.definition())).orElse(RoomParties.none());
	}

	/** Released persons counted in groups of the same categories, as one fact each. */
	private void released(String log, long index, RecordedEntry entry, ExchangePayloads.Step step,
			List<ListMember> members) {
		record Group(String party, Set<Category> categories, @Nullable Category forCategory) {
		}
		Map<Group, Long> groups = new LinkedHashMap<>();
		members.stream()
			.sorted(java.util.Comparator.comparing(m -> m.ref().value()))
			.forEach(m -> groups.merge(new Group(m.party(), m.categories(), m.forCategory()), 1L, Long::sum));
		groups.forEach((group, count) -> {
			var dimensions = new LinkedHashMap<String, Set<String>>();
			dimensions.put("category", group.categories().stream().map(Category::code).collect(Collectors.toSet()));
			if (group.forCategory() != null) {
				dimensions.put("for", Set.of(group.forCategory().code()));
			}
			dimensions.put("round", Set.of(String.valueOf(step.round())));
			this.facts.record(new Fact(log, index, entry.recordedAt(), step.occurredAt(), RELEASED, group.party(), count,
					dimensions));
		});
	}

	/** A step retracted: its persons go back where they stood, if it is still their latest step. */
	boolean retractStep(RecordedEntry revision, RecordedEntry target) {
		Optional<PathEvent> event = this.steps.find(target.log(), target.index());
		if (event.isEmpty() || event.get().conflict() != null || "retracted".equals(event.get().state())) {
			return false;
		}
		List<StepTable.Prior> priors = this.steps.priors(target.log(), target.index());
		var refs = priors.stream().map(StepTable.Prior::ref).toList();
		if (this.lists.members(target.log(), refs).stream().anyMatch(m -> m.statusIndex() != target.index())) {
			return false;
		}
		priors.forEach(p -> this.lists.move(target.log(), p.ref(), p.status(), p.index()));
		this.steps.revise(target.log(), target.index(), "retracted", null);
		if (event.get().step().releases()) {
			this.facts.withdraw(target.log(), target.index(), revision.index());
		}
		return true;
	}

	/** A step corrected: its time, place or reason; the same step of the same persons. */
	boolean correctStep(RecordedEntry revision, RecordedEntry target, ExchangePayloads.Step replacement) {
		Optional<PathEvent> event = this.steps.find(target.log(), target.index());
		ExchangePayloads.Step original = ExchangePayloads.Step.read(target.payload());
		if (event.isEmpty() || event.get().conflict() != null || "retracted".equals(event.get().state())
				|| original.step() != replacement.step() || original.round() != replacement.round()
				|| !new HashSet<>(original.persons()).equals(new HashSet<>(replacement.persons()))) {
			return false;
		}
		this.steps.revise(target.log(), target.index(), "corrected", replacement);
		if (replacement.step().releases()) {
			this.facts.withdraw(target.log(), target.index(), revision.index());
			released(target.log(), revision.index(), revision, replacement,
					this.lists.members(target.log(), replacement.persons()));
		}
		return true;
	}

	/** A list's closing entry retracted (the list withdrawn before anyone on it moved) or corrected. */
	boolean reviseList(RecordedEntry revision, RecordedEntry target, ExchangePayloads.@Nullable ListClosing replacement) {
		Optional<ExchangeList> list = this.lists.closedBy(target.log(), target.index());
		if (list.isEmpty() || !list.get().submitted()) {
			return false;
		}
		if (replacement == null) {
			if (this.lists.members(target.log(), list.get().listId()).stream().anyMatch(m -> m.status() != PathStep.LISTED)) {
				return false;
			}
			this.lists.retract(target.log(), list.get().listId());
			this.facts.withdraw(target.log(), target.index(), revision.index());
			return true;
		}
		ExchangePayloads.ListClosing original = ExchangePayloads.ListClosing.read(target.payload());
		if (!original.list().equals(replacement.list()) || original.round() != replacement.round()
				|| original.persons() != replacement.persons()) {
			return false;
		}
		this.lists.close(target, replacement);
		this.facts.withdraw(target.log(), target.index(), revision.index());
		this.facts.record(new Fact(target.log(), revision.index(), revision.recordedAt(), replacement.handedOverAt(),
				LIST_HANDED_OVER, target.party(), replacement.persons(),
				Map.of("round", Set.of(String.valueOf(replacement.round())))));
		return true;
	}

}
