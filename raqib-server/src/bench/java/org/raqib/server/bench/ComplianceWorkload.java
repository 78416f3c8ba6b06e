package org.raqib.server.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Obligation;
import org.raqib.server.agreement.compliance.Selection;
import org.raqib.server.agreement.compliance.Window;

/**
 * One agreement's year of facts in the shape of Gaza's January 2025 ceasefire: mostly aid trucks at their
 * stages, then crossings, incidents, weekly exchange rounds with their lists of names, and milestones;
 * a fact occurs up to six hours before it is recorded (one in a hundred up to three days before), and one
 * entry in two hundred corrects an earlier one. Generated before any timing, from a fixed seed.
 */
final class ComplianceWorkload {

	static final String LOG = "bench";

	static final ZoneId ZONE = ZoneId.of("Asia/Gaza");

	static final Instant START = LocalDateTime.parse("2025-01-19T08:30").atZone(ZONE).toInstant();

	static final Duration SPAN = Duration.ofDays(365);

	static final Set<String> MEASURES = Set.of("aid.trucks", "movement.crossed", "incident.reported",
			"exchange.released", "exchange.list-handed-over", "agreement.milestone");

	/** One log entry: the entry it corrects (or -1) and its fact. */
	record Entry(long index, long corrects, Fact fact) {
	}

	private static final String[] CARGO = { "food", "food", "food", "food", "medical", "shelter", "wash", "fuel",
			"cooking-gas", "commercial", "other" };

	private static final String[] STAGES = { "registered", "inspected", "crossed", "offloaded", "collected" };

	private static final String[] CROSSINGS = { "kerem-shalom", "zikim", "rafah", "erez" };

	private static final String[] MOVEMENT = { "patient", "escort", "returnee", "pedestrian", "vehicle" };

	private static final String[] ZONES = { "north-gaza", "gaza-city", "netzarim", "khan-younis", "rafah",
			"philadelphi", "buffer" };

	private static final String[] INCIDENTS = { "ceasefire-violation", "armed-clash", "shelling", "air-strike",
			"heavy-weapons-in-zone", "armed-group-in-zone", "obstruction-of-aid", "restriction-of-movement" };

	private final Random random = new Random(20250119);

	private final List<Map<String, Set<String>>> shapes = new ArrayList<>();

	private final int size;

	ComplianceWorkload(int size) {
		this.size = size;
	}

	Instant recordedAt(long index) {
		return START.plusMillis(index * SPAN.toMillis() / this.size);
	}

	List<Entry> entries() {
		var entries = new ArrayList<Entry>(this.size);
		for (long index = 0; index < this.size; index++) {
			Instant recorded = recordedAt(index);
			Instant occurred = recorded.minusSeconds(this.random.nextInt(this.random.nextInt(100) == 0 ? 3 * 86400 : 6 * 3600));
			if (index > 1000 && this.random.nextInt(200) == 0) {
				Entry corrected = entries.get((int) index - 1 - this.random.nextInt(1000));
				Fact was = corrected.fact();
				entries.add(new Entry(index, corrected.index(), new Fact(LOG, index, recorded, was.occurredAt(),
						was.measure(), was.party(), Math.max(1, was.quantity() - 1), was.dimensions())));
			}
			else {
				entries.add(new Entry(index, -1, fact(index, recorded, occurred)));
			}
		}
		return entries;
	}

	private Fact fact(long index, Instant recorded, Instant occurred) {
		int kind = this.random.nextInt(1000);
		long round = 1 + Math.min(51, occurred.getEpochSecond() / (7 * 86400) - START.getEpochSecond() / (7 * 86400));
		if (kind < 700) {
			return new Fact(LOG, index, recorded, occurred, "aid.trucks", "side-a", 1 + this.random.nextInt(20),
					shape("cargo", pick(CARGO), "destination", this.random.nextBoolean() ? "north" : "south", "crossing",
							pick(CROSSINGS), "stage", pick(STAGES)));
		}
		if (kind < 850) {
			return new Fact(LOG, index, recorded, occurred, "movement.crossed", "side-a", 1 + this.random.nextInt(200),
					shape("category", pick(MOVEMENT), "direction", this.random.nextBoolean() ? "in" : "out", "crossing",
							"rafah"));
		}
		if (kind < 970) {
			return new Fact(LOG, index, recorded, occurred, "incident.reported",
					this.random.nextBoolean() ? "side-a" : "side-b", 1, shape("zone", pick(ZONES), "type", pick(INCIDENTS),
							"status", this.random.nextInt(3) == 0 ? "verified" : "reported"));
		}
		if (kind < 980) {
			return new Fact(LOG, index, recorded, occurred, "exchange.list-handed-over", "side-b", 1,
					shape("round", String.valueOf(round)));
		}
		if (kind < 998) {
			boolean hostages = this.random.nextInt(10) == 0;
			String category = this.random.nextInt(3) == 0 ? "female-soldier" : "civilian";
			return hostages
					? new Fact(LOG, index, recorded, occurred, "exchange.released", "side-b", 1,
							shape("category", category, "round", String.valueOf(round)))
					: new Fact(LOG, index, recorded, occurred, "exchange.released", "side-a", 1 + this.random.nextInt(60),
							shape("category", "prisoner", "for", category, "round", String.valueOf(round)));
		}
		return new Fact(LOG, index, recorded, occurred, "agreement.milestone", "mediator", 1,
				shape("milestone", this.random.nextBoolean() ? "phase-2-talks" : "withdrawal-netzarim"));
	}

	/** Dimensions as a module would build them; equal ones are shared, as they would be equal. */
	private Map<String, Set<String>> shape(String... pairs) {
		Map<String, Set<String>> dimensions = switch (pairs.length) {
			case 2 -> Map.of(pairs[0], Set.of(pairs[1]));
			case 4 -> Map.of(pairs[0], Set.of(pairs[1]), pairs[2], Set.of(pairs[3]));
			case 6 -> Map.of(pairs[0], Set.of(pairs[1]), pairs[2], Set.of(pairs[3]), pairs[4], Set.of(pairs[5]));
			default -> Map.of(pairs[0], Set.of(pairs[1]), pairs[2], Set.of(pairs[3]), pairs[4], Set.of(pairs[5]),
					pairs[6], Set.of(pairs[7]));
		};
		int found = this.shapes.indexOf(dimensions);
		if (found >= 0) {
			return this.shapes.get(found);
		}
		this.shapes.add(dimensions);
		return dimensions;
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/** The agreement's obligations: daily quotas, ratios, totals, deadlines, zones and cessations. */
	static List<Obligation> obligations() {
		var phase1 = new Window(START, START.plus(Duration.ofDays(42)));
		var year = new Window(START, START.plus(SPAN));
		var crossed = Map.of("stage", "crossed");
		var names = new Selection("exchange.list-handed-over", Map.of("party", "side-b"));
		return List.of(
				new Obligation.Quota("aid-600", "aid", "side-a", year, select("aid.trucks", crossed), 600,
						Obligation.Period.DAY, "trucks"),
				new Obligation.Quota("aid-fuel-50", "aid", "side-a", year,
						select("aid.trucks", Map.of("stage", "crossed", "cargo", "fuel")), 50, Obligation.Period.DAY, "trucks"),
				new Obligation.Quota("aid-north-300", "aid", "side-a", year,
						select("aid.trucks", Map.of("stage", "crossed", "destination", "north")), 300, Obligation.Period.DAY,
						"trucks"),
				new Obligation.Quota("rafah-patients-50", "rafah", "side-a", year,
						select("movement.crossed", Map.of("category", "patient", "direction", "out")), 50,
						Obligation.Period.DAY, "patients"),
				new Obligation.Quota("aid-phase-1", "aid", "side-a", phase1, select("aid.trucks", crossed), 25_200,
						Obligation.Period.WINDOW, "trucks"),
				ratio("ratio-30", "civilian", 30, year), ratio("ratio-50", "female-soldier", 50, year),
				new Obligation.Total("held-33", "exchange", "side-b", phase1,
						select("exchange.released", Map.of("party", "side-b")), 33, "persons"),
				new Obligation.Total("prisoners-1650", "exchange", "side-a", phase1,
						select("exchange.released", Map.of("party", "side-a")), 1650, "persons"),
				new Obligation.Deadline("phase-2-talks", "phase-2", "side-a", phase1,
						select("agreement.milestone", Map.of("milestone", "phase-2-talks")), Obligation.Timing.DONE_BY,
						START.plus(Duration.ofDays(16)), null, null, null),
				new Obligation.Deadline("return-day-7", "return", "side-a", phase1,
						select("movement.crossed", Map.of("category", "returnee")), Obligation.Timing.NOT_BEFORE,
						START.plus(Duration.ofDays(6)), null, null, null),
				new Obligation.Deadline("names-24h", "exchange", "side-b", year, names, Obligation.Timing.AHEAD_OF, null,
						select("exchange.released", Map.of("party", "side-b")), Duration.ofHours(24), "round"),
				new Obligation.ZoneRestriction("buffer", "withdrawal", "side-b", year,
						select("incident.reported", Map.of("type", "armed-group-in-zone")), "buffer"),
				new Obligation.ZoneRestriction("philadelphi", "withdrawal", "side-a", year,
						select("incident.reported", Map.of("type", "heavy-weapons-in-zone")), "philadelphi"),
				new Obligation.Cessation("cease-side-a", "ceasefire", "side-a", year,
						select("incident.reported", Map.of("type", "ceasefire-violation", "status", "verified"))),
				new Obligation.Cessation("cease-side-b", "ceasefire", "side-b", year,
						select("incident.reported", Map.of("type", "ceasefire-violation", "status", "verified"))));
	}

	private static Obligation.Ratio ratio(String id, String category, long ratio, Window window) {
		return new Obligation.Ratio(id, "exchange", "side-a", window,
				select("exchange.released", Map.of("party", "side-a", "for", category)),
				select("exchange.released", Map.of("party", "side-b", "category", category)), ratio, "round");
	}

	private static Selection select(String measure, Map<String, String> filter) {
		return new Selection(measure, filter);
	}

}
