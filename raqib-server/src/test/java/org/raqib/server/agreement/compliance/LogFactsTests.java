package org.raqib.server.agreement.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The memory of one log: changes that may arrive twice, or late, leave it as if each came once, in order. */
class LogFactsTests {

	private static final Instant T = Instant.parse("2025-01-20T10:00:00Z");

	private final LogFacts facts = new LogFacts();

	private final Criterion trucks = Criterion.of(new Selection("aid.trucks", Map.of()), Window.ALWAYS);

	private static Fact fact(long index, long quantity) {
		return new Fact("room", index, T, T, "aid.trucks", "side-a", quantity, Map.of("cargo", Set.of("food")));
	}

	private long latestSum() {
		return this.facts.read(() -> this.facts.tally(this.trucks, Grouping.NONE)
			.counts(new ViewFilter(AsOf.latest(T)))
			.values()
			.stream()
			.mapToLong(Tally.Count::sum)
			.sum());
	}

	@Test
	void aFactRecordedTwiceCountsOnce() {
		latestSum();
		this.facts.record(fact(0, 300), 0);
		this.facts.record(fact(0, 300), 0);
		this.facts.record(fact(0, 15), 1);
		assertThat(this.facts.size()).isEqualTo(2);
		assertThat(latestSum()).isEqualTo(315);
	}

	@Test
	void aFactOfAnEarlierEntryArrivingLateIsCountedInItsPlace() {
		latestSum();
		this.facts.record(fact(0, 300), 0);
		this.facts.record(fact(2, 200), 0);
		this.facts.record(fact(1, 100), 0);
		this.facts.withdraw(1, 3);
		assertThat(latestSum()).isEqualTo(500);
		assertThat(this.facts.read(() -> this.facts.tally(this.trucks, Grouping.NONE)
			.counts(new ViewFilter(AsOf.recordedUpTo(1, T)))
			.get(Grouping.UNGROUPED)
			.sum())).isEqualTo(400);
	}

	@Test
	void aSecondWithdrawalKeepsTheFirst() {
		this.facts.record(fact(0, 300), 0);
		this.facts.withdraw(0, 5);
		this.facts.withdraw(0, 9);
		assertThat(this.facts.read(() -> this.facts.tally(this.trucks, Grouping.NONE)
			.counts(new ViewFilter(AsOf.recordedUpTo(6, T)))).isEmpty()).isTrue();
	}

	@Test
	void recordingNextNumbersTheFactsOfAnEntry() {
		this.facts.recordNext(fact(0, 300));
		this.facts.recordNext(fact(0, 300));
		assertThat(this.facts.size()).isEqualTo(2);
		assertThat(latestSum()).isEqualTo(600);
	}

}
