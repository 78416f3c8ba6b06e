package org.raqib.server.record;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.tlog.EntryKind;
import org.raqib.tlog.EntryKinds;
import org.raqib.tlog.Roster;
import org.raqib.tlog.RosterKey;
import org.raqib.tlog.RosterParty;
import org.raqib.tlog.TlogException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code record.roster/v1}: the parties of a log, their roles and keys. Its payload is the whole roster
 * text, public like the rest of the log's structure, since every verifier needs it to check signatures.
 */
@Component
class RosterKind implements RecordKind {

	private final JdbcClient jdbc;

	RosterKind(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public EntryKind kind() {
		return EntryKinds.ROSTER;
	}

	@Override
	public void validate(byte[] payload, List<Long> refs) {
		try {
			Roster.parse(new String(payload, StandardCharsets.UTF_8));
		}
		catch (TlogException ex) {
			throw InvalidInput.of("roster", "record.roster.invalid", ex.getMessage());
		}
	}

	@Override
	public void project(RecordedEntry entry) {
		Roster roster = Roster.parse(new String(entry.payload(), StandardCharsets.UTF_8));
		this.jdbc.sql("DELETE FROM record_party_key WHERE log_id = :log").param("log", entry.log()).update();
		for (RosterKey key : roster.keys()) {
			RosterParty party = roster.party(key.party()).orElseThrow();
			this.jdbc.sql("""
					INSERT INTO record_party_key (log_id, key_name, key_id, party, roles, vkey, custodial, valid_from,
					                              valid_until, roster_idx)
					VALUES (:log, :name, :id, :party, :roles, :vkey, :custodial, :from, :until, :idx)
					""")
				.param("log", entry.log())
				.param("name", key.name())
				.param("id", key.key().keyId())
				.param("party", key.party())
				.param("roles", String.join(" ", party.roles()))
				.param("vkey", key.key().encode())
				.param("custodial", key.isCustodial())
				.param("from", key.validFrom())
				.param("until", key.validUntil().isPresent() ? key.validUntil().getAsLong() : null)
				.param("idx", entry.index())
				.update();
		}
	}

	@Override
	public boolean mayRead(@Nullable RaqibUser user, RecordedEntry entry) {
		return true;
	}

	@Override
	public List<String> projectionTables() {
		return List.of("record_party_key");
	}

}
