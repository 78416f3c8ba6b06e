package org.raqib.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.raqib.server.person.PersonRef;
import org.raqib.server.record.RecordedEntry;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code exchange_list} and {@code exchange_person} tables. */
@Repository
class ListTable {

	private static final String SELECT_LIST = """
			SELECT log_id, list_id, round_no, party, persons, legal_basis, retain_until, handed_over_at, idx, state,
			       conflict FROM exchange_list
			""";

	private static final String SELECT_MEMBER = """
			SELECT person_ref, list_id, position, party, categories, for_category, destination, commitment, status,
			       status_idx FROM exchange_person
			""";

	/** Refs per query in {@code IN (…)} lists. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	ListTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ExchangeList> find(String log, String listId) {
		return this.jdbc.sql(SELECT_LIST + " WHERE log_id = :log AND list_id = :list")
			.param("log", log)
			.param("list", listId)
			.query(ListTable::list)
			.optional();
	}

	List<ExchangeList> all(String log) {
		return this.jdbc.sql(SELECT_LIST + " WHERE log_id = :log ORDER BY round_no, handed_over_at, list_id")
			.param("log", log)
			.query(ListTable::list)
			.list();
	}

	/** The lists handed over for a round. */
	java.util.Set<String> submittedFor(String log, int round) {
		return java.util.Set.copyOf(this.jdbc.sql("""
				SELECT list_id FROM exchange_list WHERE log_id = :log AND round_no = :round AND state = 'submitted'
				""").param("log", log).param("round", round).query(String.class).list());
	}

	List<ListMember> members(String log, String listId) {
		return this.jdbc.sql(SELECT_MEMBER + " WHERE log_id = :log AND list_id = :list ORDER BY position")
			.param("log", log)
			.param("list", listId)
			.query(ListTable::member)
			.list();
	}

	/** The submitted lists' members of a round. */
	List<ListMember> ofRound(String log, int round) {
		return this.jdbc.sql(SELECT_MEMBER + """
				 WHERE log_id = :log AND list_id IN (SELECT list_id FROM exchange_list
				   WHERE log_id = :log AND round_no = :round AND state = 'submitted') ORDER BY list_id, position
				""").param("log", log).param("round", round).query(ListTable::member).list();
	}

	List<ListMember> members(String log, Collection<PersonRef> refs) {
		var found = new ArrayList<ListMember>();
		var all = List.copyOf(refs);
		for (int from = 0; from < all.size(); from += CHUNK) {
			var chunk = all.subList(from, Math.min(all.size(), from + CHUNK)).stream().map(PersonRef::value).toList();
			found.addAll(this.jdbc.sql(SELECT_MEMBER + " WHERE log_id = :log AND person_ref IN (:refs)")
				.param("log", log)
				.param("refs", chunk)
				.query(ListTable::member)
				.list());
		}
		return found;
	}

	boolean anyKnown(String log, Collection<PersonRef> refs) {
		return !members(log, refs).isEmpty();
	}

	/** Opens a list with its first part, or adds a part to an open list of the same party. */
	void addPart(RecordedEntry entry, ExchangePayloads.ListPart part) {
		Optional<ExchangeList> list = find(entry.log(), part.list());
		if (list.isEmpty()) {
			this.jdbc.sql("""
					INSERT INTO exchange_list (log_id, list_id, party, persons, state) VALUES (:log, :list, :party, 0, 'open')
					""").param("log", entry.log()).param("list", part.list()).param("party", entry.party()).update();
		}
		else if (!list.get().state().equals("open") || !list.get().party().equals(entry.party())) {
			return;
		}
		int position = (part.part() - 1) * ExchangePayloads.PART_SIZE;
		for (ExchangePayloads.PartPerson person : part.persons()) {
			if (!anyKnown(entry.log(), List.of(person.ref()))) {
				insertPerson(entry, part.list(), position, person);
			}
			position++;
		}
		this.jdbc.sql("""
				UPDATE exchange_list SET persons = (SELECT COUNT(*) FROM exchange_person p
				  WHERE p.log_id = :log AND p.list_id = :list) WHERE log_id = :log AND list_id = :list
				""").param("log", entry.log()).param("list", part.list()).update();
	}

	private void insertPerson(RecordedEntry entry, String list, int position, ExchangePayloads.PartPerson person) {
		this.jdbc.sql("""
				INSERT INTO exchange_person (log_id, person_ref, list_id, part_idx, position, party, categories,
				                             for_category, destination, commitment, status, status_idx)
				VALUES (:log, :ref, :list, :idx, :position, :party, :categories, :for, :destination, :commitment,
				        'LISTED', :idx)
				""")
			.param("log", entry.log())
			.param("ref", person.ref().value())
			.param("list", list)
			.param("idx", entry.index())
			.param("position", position)
			.param("party", entry.party())
			.param("categories", person.categoryCodes())
			.param("for", person.forCategory() == null ? null : person.forCategory().code())
			.param("destination", person.destination().code())
			.param("commitment", person.commitment())
			.update();
	}

	/** Part entries of a list, in the order recorded. */
	List<Long> parts(String log, String listId) {
		return this.jdbc.sql("SELECT DISTINCT part_idx FROM exchange_person WHERE log_id = :log AND list_id = :list"
				+ " ORDER BY part_idx").param("log", log).param("list", listId).query(Long.class).list();
	}

	void close(RecordedEntry entry, ExchangePayloads.ListClosing closing) {
		this.jdbc.sql("""
				UPDATE exchange_list SET round_no = :round, legal_basis = :basis, retain_until = :retain,
				       handed_over_at = :handed, idx = :idx, state = 'submitted', conflict = NULL
				WHERE log_id = :log AND list_id = :list
				""")
			.param("round", closing.round())
			.param("basis", closing.legalBasis().code())
			.param("retain", closing.retainUntil())
			.param("handed", Timestamps.utc(closing.handedOverAt()))
			.param("idx", entry.index())
			.param("log", entry.log())
			.param("list", closing.list())
			.update();
	}

	void conflict(String log, String listId, String rule) {
		this.jdbc.sql("UPDATE exchange_list SET conflict = :rule WHERE log_id = :log AND list_id = :list")
			.param("rule", rule).param("log", log).param("list", listId).update();
	}

	void retract(String log, String listId) {
		this.jdbc.sql("UPDATE exchange_list SET state = 'retracted' WHERE log_id = :log AND list_id = :list")
			.param("log", log).param("list", listId).update();
	}

	Optional<ExchangeList> closedBy(String log, long index) {
		return this.jdbc.sql(SELECT_LIST + " WHERE log_id = :log AND idx = :idx")
			.param("log", log)
			.param("idx", index)
			.query(ListTable::list)
			.optional();
	}

	void move(String log, PersonRef ref, PathStep status, long index) {
		this.jdbc.sql("UPDATE exchange_person SET status = :status, status_idx = :idx WHERE log_id = :log AND person_ref = :ref")
			.param("status", status.name())
			.param("idx", index)
			.param("log", log)
			.param("ref", ref.value())
			.update();
	}

	private static ExchangeList list(ResultSet rs, int row) throws SQLException {
		var retain = rs.getObject("retain_until", java.time.LocalDate.class);
		return new ExchangeList(rs.getString("log_id"), rs.getString("list_id"), (Integer) rs.getObject("round_no"),
				rs.getString("party"), rs.getInt("persons"), rs.getString("legal_basis"), retain,
				Timestamps.instant(rs, "handed_over_at"), (Long) rs.getObject("idx", Long.class), rs.getString("state"),
				rs.getString("conflict"));
	}

	private static ListMember member(ResultSet rs, int row) throws SQLException {
		var categories = EnumSet.noneOf(Category.class);
		Arrays.stream(rs.getString("categories").split(";")).map(Category::ofCode).forEach(c -> c.ifPresent(categories::add));
		String forCode = rs.getString("for_category");
		return new ListMember(new PersonRef(rs.getString("person_ref")), rs.getString("list_id"), rs.getInt("position"),
				rs.getString("party"), categories, forCode == null ? null : Category.ofCode(forCode).orElseThrow(),
				Destination.ofCode(rs.getString("destination")).orElseThrow(), rs.getString("commitment"),
				PathStep.valueOf(rs.getString("status")), rs.getLong("status_idx"));
	}

}
