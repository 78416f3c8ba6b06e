package org.raqib.server.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.raqib.server.access.RaqibUser;

/**
 * The personal-data store's door for the modules that name people. Registering encrypts and keeps
 * persons in the caller's transaction; every read checks the reader's need-to-know grant for the party
 * and purpose and is audited (who, when, which persons, why).
 */
public interface PersonStore {

	/**
	 * Encrypts and stores a list's persons, in the caller's transaction, each with a fresh reference and
	 * 256-bit salt.
	 * @return the references and commitments, in the order of {@code persons}.
	 * @throws org.raqib.server.system.InvalidInput naming the person ({@code persons[i].field}) whose
	 * data is unusable (no name at all, a birth year that contradicts the date of birth…).
	 */
	List<Registered> register(PersonList list, List<PersonData> persons);

	/** Whether the user holds a need-to-know grant for the party's persons in the log, for the purpose. */
	boolean mayRead(RaqibUser user, String log, String party, Purpose purpose);

	/**
	 * Reads persons, audited. Persons whose data was purged are absent from the answer.
	 * @param reason why the user reads them now, kept in the audit.
	 * @throws org.raqib.server.system.Rejected (403, {@code NO_NEED_TO_KNOW}) unless the user may read
	 * every one of them; nothing is read then, and the refusal is audited too.
	 */
	Map<PersonRef, PersonData> read(RaqibUser user, String log, Collection<PersonRef> refs, Purpose purpose,
			String reason);

	/**
	 * The restricted person search: persons of the log whose party the user may read for the purpose and
	 * whose names (any script, normalised) or ID number contain the query; audited with the persons shown.
	 */
	List<Found> search(RaqibUser user, String log, String query, Purpose purpose, String reason, int limit);

	/**
	 * What proves a commitment: the person's salt and canonical encoding, so that SHA-256 over the salt
	 * followed by the encoding gives the commitment the record holds. Audited as a read.
	 */
	Opening open(RaqibUser user, String log, PersonRef ref, Purpose purpose, String reason);

	/** A commitment's opening: {@code sha256(salt || encoding)} is the commitment. */
	record Opening(PersonRef ref, byte[] salt, byte[] encoding, String commitment) {
	}

	/** A person the search found, with the list it came from. */
	record Found(PersonRef ref, String listId, String party, PersonData data) {
	}

}
