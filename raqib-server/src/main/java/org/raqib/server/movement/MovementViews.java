package org.raqib.server.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.Assessment;
import org.springframework.stereotype.Service;

/** Reads the movement board of a day from the module's tables and the compliance engine. */
@Service
public class MovementViews {

	private record Key(Passage passage, MovementCategory category, Direction direction) {
	}

	private final MovementCountTable counts;

	private final MovementReportedTable reported;

	private final NamedListTable lists;

	private final MovementRooms rooms;

	private final AgreementCompliance compliance;

	MovementViews(MovementCountTable counts, MovementReportedTable reported, NamedListTable lists, MovementRooms rooms,
			AgreementCompliance compliance) {
		this.counts = counts;
		this.reported = reported;
		this.lists = lists;
		this.rooms = rooms;
		this.compliance = compliance;
	}

	/** The days with counts, latest first. */
	public List<LocalDate> days(String log) {
		return this.counts.days(log);
	}

	/** The board of a day; with no day, the latest day with counts (or today in the agreement's zone). */
	public MovementBoard board(String log, LocalDate day, String language) {
		MovementRoom room = this.rooms.of(log);
		List<CrossingMovement> ofDay = this.counts.ofDay(log, day);
		List<CompetingCount> competing = this.reported.ofDay(log, day);
		Map<Key, List<CrossingMovement>> rows = new LinkedHashMap<>();
		ofDay.forEach(c -> rows.computeIfAbsent(new Key(c.passage(), c.category(), c.direction()), k -> new ArrayList<>())
			.add(c));
		competing.forEach(c -> rows.computeIfAbsent(new Key(c.passage(), c.category(), c.direction()),
				k -> new ArrayList<>()));
		Map<Passage, List<MovementBoard.Row>> byPassage = new LinkedHashMap<>();
		rows.entrySet().stream().sorted(Comparator.comparing((Map.Entry<Key, List<CrossingMovement>> e) ->
				e.getKey().passage().id()).thenComparing(e -> e.getKey().category()).thenComparing(e -> e.getKey().direction()))
			.forEach(e -> byPassage.computeIfAbsent(e.getKey().passage(), p -> new ArrayList<>())
				.add(row(e.getKey(), e.getValue(), competing)));
		var passages = new ArrayList<MovementBoard.PassageDay>();
		byPassage.forEach((passage, list) -> passages.add(new MovementBoard.PassageDay(passage,
				room.name(passage, language), list, passage.route() ? List.of() : escorts(list))));
		return new MovementBoard(log, day, days(log), passages, obligations(log, day), this.lists.ofDay(log, day));
	}

	private static MovementBoard.Row row(Key key, List<CrossingMovement> counts, List<CompetingCount> competing) {
		long room = counts.stream().filter(CrossingMovement::counts).mapToLong(CrossingMovement::count).sum();
		List<MovementBoard.Competing> others = competing.stream()
			.filter(c -> c.conflict() == null && c.passage().equals(key.passage()) && c.category() == key.category()
					&& c.direction() == key.direction())
			.map(c -> new MovementBoard.Competing(c, c.count() - room))
			.toList();
		return new MovementBoard.Row(key.category(), key.direction(), room, List.copyOf(counts), others);
	}

	/** The escort check for each direction in which the crossing counted patients or escorts. */
	static List<EscortCheck> escorts(List<MovementBoard.Row> rows) {
		Map<Direction, long[]> sums = new EnumMap<>(Direction.class);
		for (MovementBoard.Row row : rows) {
			int slot = row.category() == MovementCategory.PATIENT ? 0 : row.category() == MovementCategory.ESCORT ? 1 : -1;
			if (slot >= 0 && row.room() > 0) {
				sums.computeIfAbsent(row.direction(), d -> new long[2])[slot] += row.room();
			}
		}
		var checks = new ArrayList<EscortCheck>();
		sums.forEach((direction, s) -> checks.add(new EscortCheck(direction, s[0], s[1])));
		return checks;
	}

	/** The agreement's obligations that count people crossing, each with the day's figure when it has one. */
	private List<MovementBoard.ObligationDay> obligations(String log, LocalDate day) {
		var report = this.compliance.report(log, this.compliance.view(log, null, null));
		return report.obligations().stream()
			.filter(j -> MovementProjection.CROSSED.equals(j.terms().count().measure()))
			.map(j -> {
				Assessment a = j.assessment();
				Assessment.Figure figure = a.figures().stream().filter(f -> Objects.equals(f.day(), day)).findFirst()
					.orElse(null);
				return new MovementBoard.ObligationDay(j.terms().id(), j.terms().kind(), a.status(), a.reason(),
						a.reasonArgs(), figure == null ? null : figure.value(), figure == null ? null : figure.target());
			})
			.toList();
	}

}
