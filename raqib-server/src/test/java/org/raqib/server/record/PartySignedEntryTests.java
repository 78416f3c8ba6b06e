package org.raqib.server.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.tlog.Entry;
import org.raqib.tlog.EntryBuilder;
import org.raqib.tlog.SignerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/**
 * A party that holds its own key submits entries it signed. Every rule that refuses one answers with a
 * problem detail naming the rule, and nothing is appended.
 */
@ContextTest
class PartySignedEntryTests {

	static final byte[] PAYLOAD = "{\"textEn\":\"Our statement\",\"occurredAt\":\"2025-01-19T06:30:00Z\"}"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	LogAdministration administration;

	@Autowired
	LogReader reader;

	@Autowired
	MockMvc mvc;

	LogInfo log;

	SignerKey partyKey;

	String liaisonToken;

	@BeforeEach
	void aLogWhereSideAHoldsItsOwnKey() {
		this.log = this.fixtures.log();
		this.partyKey = SignerKey.generate("side-a/ops", new SecureRandom());
		this.administration.registerKey(this.log.id(), "side-a", this.partyKey.verifierKey().encode(), Actor.SYSTEM);
		RaqibUser liaison = this.fixtures.user(this.log.id(), Role.PARTY_LIAISON, "side-a");
		this.liaisonToken = this.fixtures.token(liaison);
	}

	@Test
	void aValidEntryIsAppendedWithAPromise() throws Exception {
		long before = size();
		submit(entry(1).sign(this.partyKey.signer()).leaf(), PAYLOAD).andExpect(status().isCreated())
			.andExpect(jsonPath("$.index").value(before))
			.andExpect(jsonPath("$.promise").value(org.hamcrest.Matchers.containsString("promise/v1")));
		assertThat(size()).isEqualTo(before + 1);
	}

	@Test
	void aSequenceNumberOutOfTurnIsAConflictNamingTheExpectedOne() throws Exception {
		submit(entry(1).sign(this.partyKey.signer()).leaf(), PAYLOAD).andExpect(status().isCreated());
		long before = size();
		refused(entry(3).sign(this.partyKey.signer()).leaf(), PAYLOAD, 409, "SEQ").andExpect(jsonPath("$.expectedSeq").value(2));
		refused(entry(1).sign(this.partyKey.signer()).leaf(), PAYLOAD, 409, "SEQ");
		assertThat(size()).isEqualTo(before);
	}

	@Test
	void aChangedEntryFailsItsSignature() throws Exception {
		String signed = new String(entry(1).sign(this.partyKey.signer()).leaf(), StandardCharsets.UTF_8);
		String forged = signed.replace("\nseq 1\n", "\nseq 2\n");
		refused(forged.getBytes(StandardCharsets.UTF_8), PAYLOAD, 400, "INVALID_SIGNATURE");
	}

	@Test
	void aKeyNotInTheRosterIsRefused() throws Exception {
		SignerKey stranger = SignerKey.generate("stranger/ops", new SecureRandom());
		refused(entry(1).party("stranger/ops").sign(stranger.signer()).leaf(), PAYLOAD, 403, "NOT_YOUR_PARTY");
		SignerKey impostor = SignerKey.generate("side-a/other", new SecureRandom());
		refused(entry(1).party("side-a/other").sign(impostor.signer()).leaf(), PAYLOAD, 400, "PARTY_NOT_IN_ROSTER");
	}

	@Test
	void anUnknownKindIsRefused() throws Exception {
		refused(entry(1).kind("record.nonsense/v1").sign(this.partyKey.signer()).leaf(), PAYLOAD, 400, "UNKNOWN_KIND");
	}

	@Test
	void anotherLogsEntryIsRefused() throws Exception {
		refused(entry(1).origin("elsewhere.example/log").sign(this.partyKey.signer()).leaf(), PAYLOAD, 400,
				"ORIGIN_MISMATCH");
	}

	@Test
	void aPayloadThatIsNotTheOneSignedIsRefused() throws Exception {
		byte[] other = "{\"textEn\":\"Another\",\"occurredAt\":\"2025-01-19T06:30:00Z\"}".getBytes(StandardCharsets.UTF_8);
		refused(entry(1).sign(this.partyKey.signer()).leaf(), other, 400, "PAYLOAD_MISMATCH");
	}

	@Test
	void anOversizedEntryIsRefused() throws Exception {
		byte[] huge = ("x".repeat(17 * 1024)).getBytes(StandardCharsets.UTF_8);
		refused(huge, PAYLOAD, 400, "TOO_LARGE");
	}

	@Test
	void aPayloadTheKindRefusesNamesTheField() throws Exception {
		byte[] bad = "{\"textEn\":\"x\",\"occurredAt\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8);
		long before = size();
		submit(entry(1).payload(bad).sign(this.partyKey.signer()).leaf(), bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
		assertThat(size()).isEqualTo(before);
	}

	private EntryBuilder entry(long seq) {
		return Entry.builder()
			.origin(this.log.origin())
			.kind(StatementKind.NAME)
			.party("side-a/ops")
			.seq(seq)
			.time(Instant.now().truncatedTo(ChronoUnit.SECONDS))
			.seen(0, org.raqib.tlog.Hashes.emptyRoot())
			.payload(PAYLOAD);
	}

	private ResultActions refused(byte[] leaf, byte[] payload, int status, String rule) throws Exception {
		long before = size();
		ResultActions result = submit(leaf, payload).andExpect(status().is(status))
			.andExpect(jsonPath("$.rule").value(rule));
		assertThat(size()).as("nothing appended").isEqualTo(before);
		return result;
	}

	private ResultActions submit(byte[] leaf, byte[] payload) throws Exception {
		String body = JsonMapper.builder().build().writeValueAsString(Map.of("entry",
				new String(leaf, StandardCharsets.UTF_8), "payload", Base64.getEncoder().encodeToString(payload)));
		return this.mvc.perform(post("/api/v1/logs/" + this.log.id() + "/entries")
			.header("Authorization", "Bearer " + this.liaisonToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long size() {
		return this.reader.summary(this.log.id()).size();
	}

}
