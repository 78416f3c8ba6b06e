package org.raqib.server.movement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.LegalBasis;
import org.raqib.server.person.PersonData;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's movement (reference D1), in demo mode only. The return of the displaced on Monday 27 January
 * 2025, 48 hours after day 7: pedestrians on Al-Rashid road from 07:00, vehicles on Salah al-Din road from
 * 09:00. Only the total is published (over 500,000 in 72 hours), so the hourly and daily figures here are
 * invented to fit it. Rafah from 1 February 2025: the room's counts are invented (the quota met on some days
 * and not others, escorts over the limit on one), beside the two first-day counts that were published and
 * disagree (Gaza Ministry of Health: 50 patients and 61 companions; WHO: 37 patients, 34 of them children).
 * The named list's persons are invented.
 */
@Component
@ConditionalOnWebApplication
@Order(4)
class DemoMovement implements ApplicationRunner {

	static final String LOG = "gaza-2025";

	private static final ZoneId GAZA = ZoneId.of("Asia/Gaza");

	private static final String DEMO = "demo";

	/** Pedestrians per hour on 27 January from 07:00: the first hours' rush, then a steady stream. */
	private static final long[] ON_FOOT = { 9_000, 21_000, 26_000, 24_000, 20_000, 18_000, 17_000, 16_000, 15_000,
			14_000, 12_000 };

	/** Vehicles per hour on Salah al-Din road from 09:00, slowed by the inspection. */
	private static final long[] VEHICLES = { 600, 1_100, 1_300, 1_250, 1_200, 1_150, 1_100, 1_000, 900 };

	private final RaqibProperties properties;

	private final MovementViews views;

	private final CrossingMovements movements;

	private final CompetingCounts competing;

	private final CrossingLists lists;

	DemoMovement(RaqibProperties properties, MovementViews views, CrossingMovements movements,
			CompetingCounts competing, CrossingLists lists) {
		this.properties = properties;
		this.views = views;
		this.movements = movements;
		this.competing = competing;
		this.lists = lists;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo() || !this.views.days(LOG).isEmpty()) {
			return;
		}
		theReturn();
		rafah();
	}

	private void theReturn() {
		for (int h = 0; h < ON_FOOT.length; h++) {
			count("egypt", Passage.route("al-rashid-road"), Direction.IN, MovementCategory.RETURNEE, TravelMode.FOOT,
					ON_FOOT[h], at("2025-01-27", 7 + h), Duration.ofHours(1));
		}
		for (int h = 0; h < VEHICLES.length; h++) {
			count("egypt", Passage.route("salah-al-din-road"), Direction.IN, MovementCategory.VEHICLE, null,
					VEHICLES[h], at("2025-01-27", 9 + h), Duration.ofHours(1));
		}
		count("egypt", Passage.route("salah-al-din-road"), Direction.IN, MovementCategory.RETURNEE, TravelMode.VEHICLE,
				52_000, at("2025-01-27", 9), Duration.ofHours(10));
		long[][] days = { { 110_000, 38_000 }, { 64_000, 27_000 } };
		for (int d = 0; d < days.length; d++) {
			String day = "2025-01-2" + (8 + d);
			count("egypt", Passage.route("al-rashid-road"), Direction.IN, MovementCategory.RETURNEE, TravelMode.FOOT,
					days[d][0], at(day, 6), Duration.ofHours(13));
			count("egypt", Passage.route("salah-al-din-road"), Direction.IN, MovementCategory.RETURNEE,
					TravelMode.VEHICLE, days[d][1], at(day, 6), Duration.ofHours(13));
		}
	}

	private void rafah() {
		long[][] days = { { 42, 96 }, { 50, 150 }, { 50, 162 }, { 31, 80 } };
		var indexes = new ArrayList<Long>();
		for (int d = 0; d < days.length; d++) {
			String day = "2025-02-0" + (1 + d);
			indexes.add(rafahCount(MovementCategory.PATIENT, days[d][0], day));
			indexes.add(rafahCount(MovementCategory.ESCORT, days[d][1], day));
		}
		LocalDate first = LocalDate.parse("2025-02-01");
		report("Gaza Ministry of Health", SourceKind.MINISTRY, MovementCategory.PATIENT, 50, first,
				"50 patients and 61 companions crossed on the first day.");
		report("Gaza Ministry of Health", SourceKind.MINISTRY, MovementCategory.ESCORT, 61, first, null);
		report("WHO", SourceKind.UN_AGENCY, MovementCategory.PATIENT, 37, first, "34 of the 37 patients were children.");
		namedList(indexes.get(2), indexes.get(3));
	}

	private long rafahCount(MovementCategory category, long count, String day) {
		return count("eubam-rafah", Passage.crossing("rafah-crossing"), Direction.OUT, category, null, count,
				at(day, 9), Duration.ofHours(7));
	}

	/** A few of 2 February's patients and their escorts, named as both sides review them. */
	private void namedList(long patients, long escorts) {
		String[][] names = { { "سامي الأسطل", "Sami al-Astal" }, { "رهف عودة", "Rahaf Odeh" },
				{ "باسل الفرا", "Basel al-Farra" }, { "ليلى عودة", "Layla Odeh" }, { "ماهر الأسطل", "Maher al-Astal" },
				{ "هدى الفرا", "Huda al-Farra" }, { "نور عودة", "Nour Odeh" } };
		var persons = new ArrayList<CrossingLists.NamedPerson>();
		for (int i = 0; i < names.length; i++) {
			persons.add(new CrossingLists.NamedPerson(new PersonData(names[i][0], names[i][1], null, null, null,
					i < 3 ? 2012 + i : 1975 + i, "Khan Younis"), i < 3 ? MovementCategory.PATIENT : MovementCategory.ESCORT));
		}
		this.lists.submit(DEMO, LOG, new CrossingLists.ListRequest("rafah-2025-02-02-demo", "eubam-rafah",
				LegalBasis.VITAL_INTEREST, LocalDate.parse("2027-02-28"), List.of(patients, escorts), persons));
	}

	private long count(String party, Passage passage, Direction direction, MovementCategory category,
			@Nullable TravelMode mode, long count, Instant from, Duration length) {
		return this.movements.record(DEMO, LOG, new CrossingMovements.CountRequest(party, passage, direction, category,
				count, mode, from, from.plus(length))).index();
	}

	private void report(String source, SourceKind kind, MovementCategory category, long count, LocalDate day,
			@Nullable String note) {
		this.competing.record(DEMO, LOG, new CompetingCounts.Report("egypt", source, kind, null,
				Passage.crossing("rafah-crossing"), Direction.OUT, category, count, day, note));
	}

	private static Instant at(String day, int hour) {
		return LocalDateTime.parse(day + "T00:00").plusHours(hour).atZone(GAZA).toInstant();
	}

}
