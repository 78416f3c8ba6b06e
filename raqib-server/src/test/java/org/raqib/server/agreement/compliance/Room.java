package org.raqib.server.agreement.compliance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operations room's log for tests: facts recorded one entry at a time (each at the next index) into
 * the engine kept in memory, times written in the agreement's local time.
 */
final class Room {

	static final ZoneId GAZA = ZoneId.of("Asia/Gaza");

	static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

	static final Set<String> MEASURES = Set.of("aid.trucks", "exchange.released", "exchange.list-handed-over",
			"movement.crossed", "incident.reported", "agreement.milestone");

	final String log = "room";

	final ZoneId zone;

	final Facts facts = Facts.inMemory();

	final Compliance compliance = Compliance.over(this.facts, List.of(() -> MEASURES));

	private long next;

	Room(ZoneId zone) {
		this.zone = zone;
	}

	static Room gaza() {
		return new Room(GAZA);
	}

	static Room idlib() {
		return new Room(DAMASCUS);
	}

	/** A time written as {@code 2025-01-19T08:30}, local to the agreement. */
	Instant at(String local) {
		return LocalDateTime.parse(local).atZone(this.zone).toInstant();
	}

	/** Records an entry with one fact that occurred (and was recorded) at a local time; its index. */
	long record(String occurred, String measure, String party, long quantity, String... dimensions) {
		return recordLate(occurred, occurred, measure, party, quantity, dimensions);
	}

	/** Records an entry with one fact, recorded later than it occurred. */
	long recordLate(String occurred, String recorded, String measure, String party, long quantity,
			String... dimensions) {
		long index = this.next++;
		this.facts.record(fact(index, occurred, recorded, measure, party, quantity, dimensions));
		return index;
	}

	/** Records an entry that retracts an earlier one; its index. */
	long retract(long target) {
		long index = this.next++;
		this.facts.withdraw(this.log, target, index);
		return index;
	}

	/** Records an entry that corrects an earlier one with a new fact; its index. */
	long correct(long target, String occurred, String measure, String party, long quantity, String... dimensions) {
		long index = this.next++;
		this.facts.withdraw(this.log, target, index);
		this.facts.record(fact(index, occurred, occurred, measure, party, quantity, dimensions));
		return index;
	}

	long lastIndex() {
		return this.next - 1;
	}

	Fact fact(long index, String occurred, String recorded, String measure, String party, long quantity,
			String... dimensions) {
		Map<String, Set<String>> values = new HashMap<>();
		for (String dimension : dimensions) {
			String[] pair = dimension.split("=", 2);
			values.put(pair[0], Set.of(pair[1].split(",")));
		}
		return new Fact(this.log, index, at(recorded), at(occurred), measure, party, quantity, values);
	}

	Assessment assess(Obligation obligation, AsOf asOf) {
		return this.compliance.assess(this.log, this.zone, List.of(obligation), asOf).get(0);
	}

	Assessment latest(Obligation obligation, String now) {
		return assess(obligation, AsOf.latest(at(now)));
	}

	Assessment recorded(Obligation obligation, long index, String at) {
		return assess(obligation, AsOf.recordedUpTo(index, at(at)));
	}

	Assessment event(Obligation obligation, String at) {
		return assess(obligation, AsOf.eventTime(at(at)));
	}

	Window window(String from, String until) {
		return new Window(at(from), until == null ? null : at(until));
	}

	static Selection select(String measure, String... filters) {
		Map<String, String> filter = new HashMap<>();
		for (String pair : filters) {
			String[] parts = pair.split("=", 2);
			filter.put(parts[0], parts[1]);
		}
		return new Selection(measure, filter);
	}

}
