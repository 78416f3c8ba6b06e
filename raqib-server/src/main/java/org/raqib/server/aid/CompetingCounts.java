package org.raqib.server.aid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * The counts other sources publish (a UN office, a party's authority, a monitor team, an agency, the news),
 * kept side by side with the room's own count from its consignments. None overrides another, and none feeds
 * the quotas: only the room's consignments do.
 */
@Service("aidCompetingCounts")
public class CompetingCounts {

	/** A count for all of the agreement's crossings together, as daily totals are usually published. */
	public static final String ALL_CROSSINGS = "all";

	/** A count to record; codes as the record writes them. */
	public record NewCount(LocalDate date, String crossing, String stage, int trucks, String source, String sourceType,
			@Nullable String link) {
	}

	/** One day, crossing and stage: the room's trucks and each source's, with its difference from the room's. */
	public record Comparison(LocalDate day, String crossing, Stage stage, long room, List<Sourced> sources) {
	}

	public record Sourced(CompetingCount count, long difference) {
	}

	private final CountTable counts;

	private final PipelineTable pipeline;

	private final AgreementPlaces places;

	private final Appending appending;

	private final Clock clock;

	CompetingCounts(CountTable counts, PipelineTable pipeline, AgreementPlaces places, Appending appending, Clock clock) {
		this.counts = counts;
		this.pipeline = pipeline;
		this.places = places;
		this.appending = appending;
		this.clock = clock;
	}

	/**
	 * Records a source's count for a party the user records for.
	 * @throws InvalidInput naming the field: an unknown crossing, stage or source type, a day still to come.
	 */
	public Appended report(RaqibUser user, String log, String party, NewCount count) {
		AidActing.checkActsFor(user, log, party);
		return report(party, user.getUsername(), log, count);
	}

	Appended report(String party, String recordedBy, String log, NewCount count) {
		var fields = new java.util.LinkedHashMap<String, Object>();
		fields.put("date", count.date().toString());
		fields.put("crossing", count.crossing());
		fields.put("stage", count.stage());
		fields.put("trucks", count.trucks());
		fields.put("source", count.source());
		fields.put("sourceType", count.sourceType());
		if (count.link() != null && !count.link().isBlank()) {
			fields.put("link", count.link().strip());
		}
		var report = AidPayloads.CountReport.read(org.raqib.server.record.Payloads.write(fields));
		AgreementPlaces.Places at = this.places.of(log);
		if (!ALL_CROSSINGS.equals(report.crossing()) && !at.hasCrossing(report.crossing())) {
			throw InvalidInput.of("crossing", "aid.rule.crossing-unknown");
		}
		if (report.date().isAfter(LocalDate.now(this.clock.withZone(at.zone())))) {
			throw InvalidInput.of("date", "aid.rule.in-future");
		}
		return this.appending.append(log, AidKinds.COUNT_REPORTED, party, recordedBy, report.write(), List.of());
	}

	/** Every day some source counted, each count beside the room's own for its day, crossing and stage. */
	public List<Comparison> compare(String log) {
		List<LocalDate> span = this.counts.span(log);
		if (span.isEmpty()) {
			return List.of();
		}
		List<CompetingCount> reported = this.counts.between(log, span.get(0), span.get(1));
		Set<Stage> stages = EnumSet.noneOf(Stage.class);
		reported.forEach(c -> stages.add(c.stage()));
		Map<Key, Long> room = new HashMap<>();
		for (var daily : this.pipeline.daily(log, span.get(0), span.get(1), stages)) {
			room.merge(new Key(daily.day(), daily.crossing(), daily.stage()), daily.trucks(), Long::sum);
			room.merge(new Key(daily.day(), ALL_CROSSINGS, daily.stage()), daily.trucks(), Long::sum);
		}
		Map<Key, List<CompetingCount>> bySource = new TreeMap<>();
		reported.forEach(c -> bySource.computeIfAbsent(new Key(c.date(), c.crossing(), c.stage()), k -> new ArrayList<>())
			.add(c));
		var rows = new ArrayList<Comparison>();
		bySource.forEach((key, list) -> {
			long own = room.getOrDefault(key, 0L);
			rows.add(new Comparison(key.day(), key.crossing(), key.stage(), own,
					list.stream().map(c -> new Sourced(c, c.trucks() - own)).toList()));
		});
		return rows;
	}

	private record Key(LocalDate day, String crossing, Stage stage) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byDay = this.day.compareTo(other.day);
			if (byDay != 0) {
				return byDay;
			}
			int byCrossing = this.crossing.compareTo(other.crossing);
			return byCrossing != 0 ? byCrossing : this.stage.compareTo(other.stage);
		}

	}

}
