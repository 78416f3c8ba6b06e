package org.raqib.server.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.RecordedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code movement_list} and {@code movement_list_person} tables: named lists, by reference. */
@Repository
class NamedListTable {

	private final JdbcClient jdbc;

	NamedListTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String log, String listId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM movement_list WHERE log_id = :log AND list_id = :list")
			.param("log", log).param("list", listId).query(Long.class).single() > 0;
	}

	void insert(RecordedEntry entry, MovementPayloads.NamedList list, LocalDate day, String passage,
			@Nullable String conflict) {
		this.jdbc.sql("""
				INSERT INTO movement_list (log_id, list_id, idx, party, count_date, passage, persons, counts, state, conflict)
				VALUES (:log, :list, :idx, :party, :day, :passage, :persons, :counts, :state, :conflict)
				""")
			.param("log", entry.log()).param("list", list.list()).param("idx", entry.index())
			.param("party", entry.party()).param("day", day).param("passage", passage)
			.param("persons", list.persons().size())
			.param("counts", entry.refs().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("state", conflict == null ? "listed" : "conflict").param("conflict", conflict)
			.update();
		for (int i = 0; i < list.persons().size(); i++) {
			MovementPayloads.NamedPerson person = list.persons().get(i);
			this.jdbc.sql("""
					INSERT INTO movement_list_person (log_id, list_id, position, person_ref, category)
					VALUES (:log, :list, :position, :ref, :category)
					""").param("log", entry.log()).param("list", list.list()).param("position", i)
				.param("ref", person.ref().value()).param("category", person.category().code())
				.update();
		}
	}

	List<CrossingList> ofDay(String log, LocalDate day) {
		return lists(" AND count_date = :day", log, day);
	}

	Optional<CrossingList> find(String log, String listId) {
		return this.jdbc.sql("SELECT count_date FROM movement_list WHERE log_id = :log AND list_id = :list")
			.param("log", log).param("list", listId).query(LocalDate.class).optional()
			.flatMap(day -> ofDay(log, day).stream().filter(l -> l.listId().equals(listId)).findFirst());
	}

	List<CrossingList.Member> members(String log, String listId) {
		return this.jdbc.sql("""
				SELECT person_ref, category FROM movement_list_person WHERE log_id = :log AND list_id = :list
				ORDER BY position
				""").param("log", log).param("list", listId)
			.query((rs, row) -> new CrossingList.Member(rs.getString("person_ref"),
					MovementCategory.ofCode(rs.getString("category")).orElseThrow()))
			.list();
	}

	private List<CrossingList> lists(String where, String log, LocalDate day) {
		var lists = new ArrayList<CrossingList>();
		this.jdbc.sql("""
				SELECT list_id, idx, party, count_date, passage, persons, counts, state, conflict FROM movement_list
				WHERE log_id = :log""" + where + " ORDER BY idx").param("log", log).param("day", day)
			.query(rs -> {
				String listId = rs.getString("list_id");
				lists.add(new CrossingList(listId, rs.getLong("idx"), rs.getString("party"),
						rs.getObject("count_date", LocalDate.class), rs.getString("passage"), rs.getInt("persons"),
						Arrays.stream(rs.getString("counts").split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf)
							.toList(), Map.of(), rs.getString("state"), rs.getString("conflict")));
			});
		return lists.stream().map(l -> withNamed(log, l)).toList();
	}

	private CrossingList withNamed(String log, CrossingList list) {
		Map<MovementCategory, Long> named = new EnumMap<>(MovementCategory.class);
		members(log, list.listId()).forEach(m -> named.merge(m.category(), 1L, Long::sum));
		return new CrossingList(list.listId(), list.index(), list.party(), list.day(), list.passage(), list.persons(),
				list.counts(), named, list.state(), list.conflict());
	}

}
