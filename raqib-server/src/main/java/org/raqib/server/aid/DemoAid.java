package org.raqib.server.aid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.UserAdministration;
import org.raqib.server.record.Response;
import org.raqib.server.record.Responses;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's aid of the 42 days of phase one, 19 January – 1 March 2025 (reference D1): the trucks crossed
 * each day follow OCHA's published counts for the first six days (630, 915, 897, 808, 653, 339, at least 300
 * of the first day's to the north), then plausible invented days; recorded as aggregate consignments of up to
 * 100 trucks. Fuel meets its 50 a day on some days and not on others; fewer trucks are collected than
 * crossed; one consignment is rejected, one still waits. From 2 February only the steps a crossed truck
 * needs are recorded, to keep the demo's start short; the quotas are met on most of those days and missed
 * on some, most during 10–15 February, when Hamas threatened to delay the releases over aid and fewer
 * trucks went in (the invented figures are plausible, not published ones). OCHA's figures stand beside the room's as a UN office's count, a
 * party's authority gives different figures for 20 January, and the other side disputes them.
 */
@Component
@ConditionalOnWebApplication
@Order(4)
class DemoAid implements ApplicationRunner {

	static final String LOG = "gaza-2025";

	private static final String DEMO = "demo";

	/** A day: trucks crossed in all, of them fuel, of them to the north. */
	record Day(String date, int crossed, int fuel, int north) {
	}

	static final List<Day> DAYS = List.of(new Day("2025-01-19", 630, 60, 320), new Day("2025-01-20", 915, 55, 400),
			new Day("2025-01-21", 897, 40, 380), new Day("2025-01-22", 808, 50, 300), new Day("2025-01-23", 653, 30, 290),
			new Day("2025-01-24", 339, 20, 150), new Day("2025-01-25", 600, 50, 310), new Day("2025-01-26", 560, 45, 280),
			new Day("2025-01-27", 720, 70, 360), new Day("2025-01-28", 610, 50, 300), new Day("2025-01-29", 590, 35, 290),
			new Day("2025-01-30", 650, 60, 320), new Day("2025-01-31", 580, 50, 300), new Day("2025-02-01", 540, 40, 270));

	/** Invented days from 2 February to day 42: crossed, without the steps after. */
	static final List<Day> LATER = List.of(new Day("2025-02-02", 620, 55, 310), new Day("2025-02-03", 650, 60, 320),
			new Day("2025-02-04", 600, 50, 300), new Day("2025-02-05", 640, 52, 305), new Day("2025-02-06", 610, 50, 300),
			new Day("2025-02-07", 580, 45, 290), new Day("2025-02-08", 630, 55, 310), new Day("2025-02-09", 605, 50, 300),
			new Day("2025-02-10", 420, 30, 200), new Day("2025-02-11", 380, 25, 180), new Day("2025-02-12", 450, 35, 220),
			new Day("2025-02-13", 520, 40, 260), new Day("2025-02-14", 560, 45, 280), new Day("2025-02-15", 610, 50, 300),
			new Day("2025-02-16", 640, 55, 320), new Day("2025-02-17", 660, 60, 330), new Day("2025-02-18", 600, 50, 300),
			new Day("2025-02-19", 615, 52, 305), new Day("2025-02-20", 590, 50, 300), new Day("2025-02-21", 620, 55, 310),
			new Day("2025-02-22", 640, 50, 320), new Day("2025-02-23", 600, 48, 300), new Day("2025-02-24", 625, 55, 310),
			new Day("2025-02-25", 610, 50, 305), new Day("2025-02-26", 635, 60, 315), new Day("2025-02-27", 600, 50, 300),
			new Day("2025-02-28", 615, 50, 300), new Day("2025-03-01", 605, 50, 300));

	/** OCHA's published counts of trucks crossed, 19–24 January 2025. */
	static final int[] OCHA = { 630, 915, 897, 808, 653, 339 };

	private final RaqibProperties properties;

	private final Consignments consignments;

	private final CompetingCounts counts;

	private final Responses responses;

	private final UserAdministration users;

	DemoAid(RaqibProperties properties, Consignments consignments, CompetingCounts counts, Responses responses,
			UserAdministration users) {
		this.properties = properties;
		this.consignments = consignments;
		this.counts = counts;
		this.responses = responses;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo() || !this.consignments.latest(LOG, 1).isEmpty()) {
			return;
		}
		ZoneId zone = ZoneId.of("Asia/Gaza");
		for (Day day : DAYS) {
			play(day, zone, true);
		}
		for (Day day : LATER) {
			play(day, zone, false);
		}
		reject(zone);
		waiting(zone);
		compete();
	}

	/** A chunk of a day's trucks: up to 100 of one cargo to one destination, through one crossing. */
	record Chunk(int trucks, String cargo, String destination, String crossing) {
	}

	static List<Chunk> chunks(Day day) {
		var chunks = new ArrayList<Chunk>();
		split(chunks, day.fuel(), "fuel", "south", "kerem-shalom");
		split(chunks, day.north(), "food", "north", "zikim");
		split(chunks, day.crossed() - day.fuel() - day.north(), "food", "south", "kerem-shalom");
		return chunks;
	}

	private static void split(List<Chunk> chunks, int trucks, String cargo, String destination, String crossing) {
		for (int left = trucks; left > 0; left -= 100) {
			chunks.add(new Chunk(Math.min(100, left), cargo, destination, crossing));
		}
	}

	private void play(Day day, ZoneId zone, boolean beyondCrossed) {
		// The ceasefire took effect at 11:15 on the first day; trucks count only from then.
		Instant start = LocalDate.parse(day.date()).atTime(day == DAYS.get(0) ? 11 : 8, 30).atZone(zone).toInstant();
		List<Chunk> chunks = chunks(day);
		for (int i = 0; i < chunks.size(); i++) {
			Chunk c = chunks.get(i);
			String reference = "GZ-" + day.date().substring(5).replace("-", "") + "-" + (i + 1);
			Instant crossed = start.plus(Duration.ofMinutes(50L * i));
			register(reference, c, crossed.minus(Duration.ofHours(5)));
			walk(reference, crossed, i % 3, beyondCrossed);
		}
	}

	private void register(String reference, Chunk c, Instant at) {
		// A truck carries about 20 tonnes of food, a tanker about 30 tonnes of fuel.
		long quantity = c.trucks() * ("fuel".equals(c.cargo()) ? 30L : 20L);
		this.consignments.register("wfp", DEMO, LOG, new Consignments.NewConsignment(reference,
				"fuel".equals(c.cargo()) ? "UNRWA" : "WFP", "fuel".equals(c.cargo()) ? "Egypt" : "Al-Arish", c.crossing(),
				c.destination(), c.trucks(), List.of(new Consignment.Line(c.cargo(), quantity, "tonnes")), at));
	}

	/** Arrived, inspected, cleared and crossed; then offloaded, and collected for one in three: the gap UN2720 saw. */
	private void walk(String reference, Instant crossed, int turn, boolean beyondCrossed) {
		step(reference, Stage.ARRIVED, crossed.minus(Duration.ofMinutes(200 + 10L * turn)), null);
		step(reference, Stage.INSPECTED, crossed.minus(Duration.ofMinutes(110 + 25L * turn)), null);
		step(reference, Stage.CLEARED, crossed.minus(Duration.ofMinutes(45)), null);
		step(reference, Stage.CROSSED, crossed, null);
		if (!beyondCrossed) {
			return;
		}
		step(reference, Stage.OFFLOADED, crossed.plus(Duration.ofMinutes(70)), null);
		if (turn == 0) {
			step(reference, Stage.COLLECTED, crossed.plus(Duration.ofHours(20)), null);
		}
	}

	private void step(String reference, Stage stage, Instant at, @Nullable String reason) {
		this.consignments.step("eubam-rafah", DEMO, LOG, new Consignments.NextStep(reference, stage.code(), at, reason,
				null, null));
	}

	private void reject(ZoneId zone) {
		Instant at = LocalDate.parse("2025-01-21").atTime(10, 0).atZone(zone).toInstant();
		register("GZ-0121-R", new Chunk(1, "shelter", "south", "kerem-shalom"), at.minus(Duration.ofHours(3)));
		step("GZ-0121-R", Stage.ARRIVED, at.minus(Duration.ofHours(2)), null);
		step("GZ-0121-R", Stage.INSPECTED, at.minus(Duration.ofHours(1)), null);
		step("GZ-0121-R", Stage.REJECTED, at, "dual-use-item");
	}

	private void waiting(ZoneId zone) {
		Instant at = LocalDate.parse("2025-02-01").atTime(15, 0).atZone(zone).toInstant();
		register("GZ-0201-W", new Chunk(12, "medical", "north", "kerem-shalom"), at.minus(Duration.ofHours(3)));
		step("GZ-0201-W", Stage.ARRIVED, at.minus(Duration.ofHours(2)), null);
		step("GZ-0201-W", Stage.INSPECTED, at.minus(Duration.ofHours(1)), null);
		step("GZ-0201-W", Stage.CLEARED, at, null);
	}

	private void compete() {
		for (int i = 0; i < OCHA.length; i++) {
			this.counts.report("egypt", DEMO, LOG, new CompetingCounts.NewCount(LocalDate.parse("2025-01-19").plusDays(i),
					CompetingCounts.ALL_CROSSINGS, "crossed", OCHA[i], "OCHA", "un-office",
					"https://www.jpost.com/breaking-news/article-839137"));
		}
		long cogat = this.counts.report("israel", DEMO, LOG, new CompetingCounts.NewCount(LocalDate.parse("2025-01-20"),
				CompetingCounts.ALL_CROSSINGS, "crossed", 960, "COGAT", "party-authority", null)).index();
		this.users.byUsername("liaison-hamas").ifPresent(account -> this.responses.respond(
				this.users.principal(account.id()), LOG, cogat, "hamas", Response.Stance.DISPUTED,
				"Trucks counted at the crossing are not trucks that entered; the room counted 915.", null));
	}

}
