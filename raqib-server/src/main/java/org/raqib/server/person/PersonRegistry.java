package org.raqib.server.person;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.person.PersonReads.Action;
import org.raqib.server.person.PersonReads.Outcome;
import org.raqib.server.person.Persons.StoredPerson;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data store: seals persons as they are registered, and opens them only for a reader who
 * holds a need-to-know grant, auditing every read and every refusal.
 */
@Service
class PersonRegistry implements PersonStore {

	static final int MAX_RESULTS = 500;

	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final Persons persons;

	private final PersonKey key;

	private final NeedToKnow needToKnow;

	private final PersonReads reads;

	private final Clock clock;

	PersonRegistry(Persons persons, PersonKey key, NeedToKnow needToKnow, PersonReads reads, Clock clock) {
		this.persons = persons;
		this.key = key;
		this.needToKnow = needToKnow;
		this.reads = reads;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<Registered> register(PersonList list, List<PersonData> data) {
		SecretKey secret = this.key.require();
		PersonChecks.check(list, data, LocalDate.now(this.clock));
		var stored = new ArrayList<StoredPerson>(data.size());
		var registered = new ArrayList<Registered>(data.size());
		for (PersonData person : data) {
			PersonRef ref = newRef();
			byte[] salt = new byte[PersonCipher.SALT_BYTES];
			this.random.nextBytes(salt);
			byte[] encoding = PersonEncoding.encode(person);
			String commitment = PersonEncoding.commitment(salt, encoding);
			var sealed = PersonCipher.seal(secret, this.random, ref, list.log(), salt, encoding);
			stored.add(new StoredPerson(ref, list.log(), list.listId(), list.party(), list.purpose(), commitment,
					this.key.id(), sealed.nonce(), sealed.ciphertext()));
			registered.add(new Registered(ref, commitment));
		}
		this.persons.insertAll(list, stored, this.clock.instant());
		return registered;
	}

	@Override
	public boolean mayRead(RaqibUser user, String log, String party, Purpose purpose) {
		return this.needToKnow.readable(user, log, purpose).covers(party);
	}

	@Override
	public Map<PersonRef, PersonData> read(RaqibUser user, String log, Collection<PersonRef> refs, Purpose purpose,
			String reason) {
		SecretKey secret = this.key.require();
		List<StoredPerson> found = this.persons.byRefs(log, refs);
		var readable = this.needToKnow.readable(user, log, purpose);
		checkReason(user, log, purpose, Action.READ, reason, refs);
		if (found.size() < refs.stream().distinct().count()
				|| !found.stream().allMatch(p -> readable.covers(p.party()))) {
			refuse(user, log, purpose, Action.READ, reason, refs);
		}
		var answer = new LinkedHashMap<PersonRef, PersonData>();
		for (StoredPerson person : found) {
			if (!person.purged()) {
				answer.put(person.ref(), PersonEncoding.decode(open(secret, person).encoding()));
			}
		}
		this.reads.record(user.getUsername(), log, purpose, Action.READ, reason, Outcome.READ, answer.keySet());
		return answer;
	}

	@Override
	public List<Found> search(RaqibUser user, String log, String query, Purpose purpose, String reason, int limit) {
		SecretKey secret = this.key.require();
		var readable = this.needToKnow.readable(user, log, purpose);
		checkReason(user, log, purpose, Action.SEARCH, reason, List.of());
		if (readable.none()) {
			refuse(user, log, purpose, Action.SEARCH, reason, List.of());
		}
		String wanted = SearchText.normalise(query);
		if (wanted.isEmpty()) {
			throw InvalidInput.of("q", "person.query.missing");
		}
		int max = Math.max(1, Math.min(limit, MAX_RESULTS));
		var results = new ArrayList<Found>();
		for (StoredPerson person : this.persons.ofLog(log, readable.everyParty() ? null : readable.parties())) {
			PersonData data = PersonEncoding.decode(open(secret, person).encoding());
			if (SearchText.matches(wanted, data.nameAr(), data.nameLatin(), data.nameHe(), data.idNumber())) {
				results.add(new Found(person.ref(), person.listId(), person.party(), data));
				if (results.size() == max) {
					break;
				}
			}
		}
		this.reads.record(user.getUsername(), log, purpose, Action.SEARCH, reason, Outcome.READ,
				results.stream().map(Found::ref).toList());
		return results;
	}

	@Override
	public Opening open(RaqibUser user, String log, PersonRef ref, Purpose purpose, String reason) {
		SecretKey secret = this.key.require();
		List<StoredPerson> found = this.persons.byRefs(log, List.of(ref));
		var readable = this.needToKnow.readable(user, log, purpose);
		checkReason(user, log, purpose, Action.OPEN, reason, List.of(ref));
		if (found.isEmpty() || !readable.covers(found.get(0).party())) {
			refuse(user, log, purpose, Action.OPEN, reason, List.of(ref));
		}
		StoredPerson person = found.get(0);
		if (person.purged()) {
			throw new NotFound("person data");
		}
		var opened = open(secret, person);
		this.reads.record(user.getUsername(), log, purpose, Action.OPEN, reason, Outcome.READ, List.of(ref));
		return new Opening(ref, opened.salt(), opened.encoding(), person.commitment());
	}

	private PersonCipher.Opened open(SecretKey secret, StoredPerson person) {
		if (!person.keyId().equals(this.key.id())) {
			throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "WRONG_PERSONAL_DATA_KEY", "person " + person.ref()
					+ " was stored with the key " + person.keyId() + " but the configured key is " + this.key.id()
					+ ": configure the key the data was stored with in " + PersonKey.PROPERTIES);
		}
		return PersonCipher.open(secret, person.ref(), person.log(), person.nonce(), person.ciphertext());
	}

	private void checkReason(RaqibUser user, String log, Purpose purpose, Action action, String reason,
			Collection<PersonRef> refs) {
		String problem = reason.isBlank() ? "person.reason.missing"
				: reason.length() > PersonReads.MAX_REASON ? "person.reason.too-long" : null;
		if (problem != null) {
			this.reads.record(user.getUsername(), log, purpose, action, reason, Outcome.REFUSED, refs);
			throw InvalidInput.of("reason", problem, PersonReads.MAX_REASON);
		}
	}

	private void refuse(RaqibUser user, String log, Purpose purpose, Action action, String reason,
			Collection<PersonRef> refs) {
		this.reads.record(user.getUsername(), log, purpose, action, reason, Outcome.REFUSED, refs);
		throw new Rejected(HttpStatus.FORBIDDEN, "NO_NEED_TO_KNOW",
				"no need-to-know grant covers these persons for the purpose " + purpose.code());
	}

	private PersonRef newRef() {
		var ref = new StringBuilder("p-");
		for (int i = 0; i < 26; i++) {
			ref.append(BASE32[this.random.nextInt(32)]);
		}
		return new PersonRef(ref.toString());
	}

}
