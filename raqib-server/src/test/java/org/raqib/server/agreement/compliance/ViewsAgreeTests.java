package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random logs of facts, withdrawals and corrections, judged every way the engine can: the live tallies,
 * tallies built after the fact, and each view against a fresh engine fed only what that view may see.
 */
class ViewsAgreeTests {

	private static final Room ROOM = Room.gaza();

	private static final Instant START = ROOM.at("2025-01-19T08:30");

	private static final Window WINDOW = new Window(START, START.plus(Duration.ofDays(20)));

	/** One entry: its facts, or the entry it withdraws (then its facts, if any, correct it). */
	private record Op(long index, List<Fact> facts, long withdraws) {
	}

	private static final List<Obligation> OBLIGATIONS = List.of(
			new Obligation.Quota("day", "p", "side-a", WINDOW, Room.select("aid.trucks", "cargo=food"), 40,
					Obligation.Period.DAY, "trucks"),
			new Obligation.Quota("window", "p", "side-a", WINDOW, Room.select("aid.trucks"), 3000,
					Obligation.Period.WINDOW, "trucks"),
			new Obligation.Total("total", "p", "side-b", WINDOW, Room.select("exchange.released", "party=side-b"), 60,
					"persons"),
			new Obligation.Ratio("ratio", "p", "side-a", WINDOW, Room.select("exchange.released", "party=side-a"),
					Room.select("exchange.released", "party=side-b"), 3, "round"),
			new Obligation.Deadline("by", "p", "side-a", WINDOW, Room.select("agreement.milestone"),
					Obligation.Timing.DONE_BY, START.plus(Duration.ofDays(9)), null, null, null),
			new Obligation.Deadline("not-before", "p", "side-a", WINDOW, Room.select("movement.crossed"),
					Obligation.Timing.NOT_BEFORE, START.plus(Duration.ofDays(4)), null, null, null),
			new Obligation.Deadline("ahead", "p", "side-b", WINDOW, Room.select("exchange.list-handed-over"),
					Obligation.Timing.AHEAD_OF, null, Room.select("exchange.released", "party=side-b"),
					Duration.ofHours(24), "round"),
			new Obligation.ZoneRestriction("zone", "p", "side-a", WINDOW, Room.select("incident.reported"), "dmz"),
			new Obligation.Cessation("cease", "p", "side-b", WINDOW,
					Room.select("incident.reported", "type=ceasefire-violation")));

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void everyWayOfJudgingAgrees(long seed) {
		List<Op> ops = ops(new Random(seed), 600);
		var live = Facts.inMemory();
		var engine = Compliance.over(live, List.of(() -> Room.MEASURES));
		Instant end = START.plus(Duration.ofDays(21));
		engine.assess("room", Room.GAZA, OBLIGATIONS, AsOf.latest(end));
		ops.forEach(op -> apply(live, op, fact -> true));
		List<Assessment> latest = engine.assess("room", Room.GAZA, OBLIGATIONS, AsOf.latest(end));
		assertThat(fresh(ops, op -> true, fact -> true).assess("room", Room.GAZA, OBLIGATIONS, AsOf.latest(end)))
			.isEqualTo(latest);
		assertThat(engine.assess("room", Room.GAZA, OBLIGATIONS, AsOf.recordedUpTo(ops.size() - 1, end)))
			.isEqualTo(latest);
		var random = new Random(seed);
		for (int sample = 0; sample < 10; sample++) {
			long index = random.nextInt(ops.size());
			Instant at = START.plus(Duration.ofHours(random.nextInt(21 * 24)));
			assertThat(engine.assess("room", Room.GAZA, OBLIGATIONS, AsOf.recordedUpTo(index, at)))
				.as("as recorded up to %d at %s", index, at)
				.isEqualTo(fresh(ops, op -> op.index() <= index, fact -> true).assess("room", Room.GAZA, OBLIGATIONS,
						AsOf.latest(at)));
			assertThat(engine.assess("room", Room.GAZA, OBLIGATIONS, AsOf.eventTime(at)))
				.as("as of %s", at)
				.isEqualTo(fresh(ops, op -> true, fact -> !fact.occurredAt().isAfter(at)).assess("room", Room.GAZA,
						OBLIGATIONS, AsOf.latest(at)));
		}
	}

	private static Compliance fresh(List<Op> ops, Predicate<Op> entries, Predicate<Fact> facts) {
		var memory = Facts.inMemory();
		ops.stream().filter(entries).forEach(op -> apply(memory, op, facts));
		return Compliance.over(memory, List.of(() -> Room.MEASURES));
	}

	private static void apply(Facts facts, Op op, Predicate<Fact> kept) {
		if (op.withdraws() >= 0) {
			facts.withdraw("room", op.withdraws(), op.index());
		}
		op.facts().stream().filter(kept).forEach(facts::record);
	}

	private static List<Op> ops(Random random, int entries) {
		var ops = new ArrayList<Op>();
		for (long index = 0; index < entries; index++) {
			long withdraws = index > 10 && random.nextInt(12) == 0 ? random.nextInt((int) index) : -1;
			var facts = new ArrayList<Fact>();
			int count = withdraws >= 0 && random.nextBoolean() ? 0 : 1 + random.nextInt(2);
			for (int i = 0; i < count; i++) {
				facts.add(fact(random, index));
			}
			ops.add(new Op(index, facts, withdraws));
		}
		return ops;
	}

	private static Fact fact(Random random, long index) {
		// Occurred up to a day before it was recorded; the log runs over 21 days.
		Instant recorded = START.plus(Duration.ofMinutes(index * 21 * 24 * 60 / 600));
		Instant occurred = recorded.minus(Duration.ofMinutes(random.nextInt(24 * 60)));
		String round = String.valueOf(1 + random.nextInt(4));
		String party = random.nextBoolean() ? "side-a" : "side-b";
		int kind = random.nextInt(100);
		if (kind < 50) {
			return new Fact("room", index, recorded, occurred, "aid.trucks", "side-a", 1 + random.nextInt(30),
					Map.of("cargo", Set.of(random.nextBoolean() ? "food" : "fuel")));
		}
		if (kind < 65) {
			return new Fact("room", index, recorded, occurred, "exchange.released", party, 1 + random.nextInt(5),
					random.nextInt(5) == 0 ? Map.of() : Map.of("round", Set.of(round)));
		}
		if (kind < 75) {
			return new Fact("room", index, recorded, occurred, "exchange.list-handed-over", "side-b", 1,
					Map.of("round", Set.of(round)));
		}
		if (kind < 77) {
			return new Fact("room", index, recorded, occurred, "agreement.milestone", "mediator", 1, Map.of());
		}
		if (kind < 80) {
			return new Fact("room", index, recorded, occurred, "movement.crossed", "side-a", 10, Map.of());
		}
		return new Fact("room", index, recorded, occurred, "incident.reported", party, 1,
				Map.of("zone", Set.of(random.nextInt(30) == 0 ? "dmz" : "north"), "type",
						Set.of(random.nextInt(8) == 0 ? "ceasefire-violation" : "shelling")));
	}

}
