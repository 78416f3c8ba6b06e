package org.raqib.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.Actor;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.record.LogAdministration;
import org.raqib.server.record.LogReader;
import org.raqib.server.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;

/** Defining and amending agreements: the log they create, the versions they record, what a refusal leaves. */
@ContextTest
class AgreementDefinitionsTests {

	static final Instant MOSCOW = LocalDateTime.parse("2020-03-06T00:01").atZone(ZoneId.of("Asia/Damascus")).toInstant();

	@Autowired
	AgreementDefinitions definitions;

	@Autowired
	Agreements agreements;

	@Autowired
	AgreementFixtures fixtures;

	@Autowired
	LogAdministration logs;

	@Autowired
	LogReader reader;

	@Test
	void definingAnAgreementCreatesItsLogWithItsPartiesAndRecordsTheDefinition() throws Exception {
		String id = AgreementFixtures.newId();
		Agreements.Version version = this.definitions.define(this.fixtures.demo("gaza-2025.yaml", id), null,
				Actor.SYSTEM);
		assertThat(version.version()).isEqualTo(1);
		assertThat(version.index()).isEqualTo(1);
		assertThat(this.reader.entry(id, 1).kind()).isEqualTo(AgreementKinds.DEFINED);
		assertThat(this.logs.partiesOf(id)).contains("egypt", "hamas", "israel", "icrc", "eubam-rafah");
		assertThat(version.definition().obligations()).hasSize(15);
		assertThat(version.definition().geography()).contains("FeatureCollection");
		assertThat(this.agreements.list()).anySatisfy(s -> assertThat(s.id()).isEqualTo(id));
	}

	@Test
	void aRefusedFileRecordsNothingAndCreatesNoLog() throws Exception {
		String id = AgreementFixtures.newId();
		AgreementDefinitions.Files demo = this.fixtures.demo("gaza-2025.yaml", id);
		var broken = new AgreementDefinitions.Files(demo.agreement().replace("party: wfp", "party: nobody")
			.replace("at_least: 33", "at_least: -3"), demo.geography());
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> this.definitions.define(broken, null, Actor.SYSTEM));
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::code)
			.containsExactlyInAnyOrder("agreement.party.unknown", "agreement.file.number");
		assertThat(this.logs.exists(id)).isFalse();
		assertThat(this.agreements.exists(id)).isFalse();
	}

	@Test
	void aGeographyProblemIsNamedByItsFeatureAndRefusesTheWhole() throws Exception {
		String id = AgreementFixtures.newId();
		AgreementDefinitions.Files demo = this.fixtures.demo("idlib-2018.yaml", id);
		var broken = new AgreementDefinitions.Files(demo.agreement(), "{\"type\": \"FeatureCollection\", \"features\": [");
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> this.definitions.define(broken, null, Actor.SYSTEM));
		assertThat(invalid.problems()).anySatisfy(p -> assertThat(p.field()).startsWith("geography: line 1"));
		assertThat(invalid.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("agreement.zone.unknown"));
		assertThat(this.logs.exists(id)).isFalse();
	}

	@Test
	void anAmendmentIsANewVersionInForceFromItsTimeInBothViews() throws Exception {
		String id = AgreementFixtures.newId();
		Agreements.Version sochi = this.definitions.define(this.fixtures.demo("idlib-2018.yaml", id), null,
				Actor.SYSTEM);
		Agreements.Version moscow = this.definitions.amend(id, this.fixtures.demo("idlib-2018-moscow-2020.yaml", id),
				"Moscow Additional Protocol", MOSCOW, null, Actor.SYSTEM);
		assertThat(moscow.version()).isEqualTo(2);
		assertThat(this.reader.entry(id, moscow.index()).refs()).containsExactly(sochi.index());
		assertThat(this.agreements.inForce(id, AsOf.recordedUpTo(sochi.index(), Instant.now())).version()).isEqualTo(1);
		assertThat(this.agreements.inForce(id, AsOf.eventTime(Instant.parse("2019-06-01T00:00:00Z"))).version())
			.isEqualTo(1);
		assertThat(this.agreements.inForce(id, AsOf.eventTime(MOSCOW)).version()).isEqualTo(2);
		assertThat(this.agreements.inForce(id, AsOf.latest(Instant.now())).definition().obligations())
			.anySatisfy(o -> assertThat(o.id()).isEqualTo("ceasefire-government"));
	}

	@Test
	void anAmendmentCannotRemoveAPartyOrChangeTheIdentifier() throws Exception {
		String id = AgreementFixtures.newId();
		this.definitions.define(this.fixtures.demo("gaza-2025.yaml", id), null, Actor.SYSTEM);
		AgreementDefinitions.Files demo = this.fixtures.demo("gaza-2025.yaml", id);
		var withoutWfp = new AgreementDefinitions.Files(
				demo.agreement().replace("  - party: wfp\n    roles: [agency]\n", ""), demo.geography());
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> this.definitions.amend(id, withoutWfp, "drop the agency", null, null, Actor.SYSTEM));
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::code)
			.containsExactly("agreement.amendment.party-removed");
		InvalidInput renamed = catchThrowableOfType(InvalidInput.class, () -> this.definitions.amend(id,
				this.fixtures.demo("gaza-2025.yaml", AgreementFixtures.newId()), "rename", null, null, Actor.SYSTEM));
		assertThat(renamed.problems()).extracting(InvalidInput.FieldProblem::code)
			.containsExactly("agreement.amendment.id");
		assertThat(this.agreements.versions(id)).hasSize(1);
	}

	@Test
	void definingTheSameAgreementTwiceIsRefused() throws Exception {
		String id = AgreementFixtures.newId();
		this.definitions.define(this.fixtures.demo("gaza-2025.yaml", id), null, Actor.SYSTEM);
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class,
				() -> this.definitions.define(this.fixtures.demo("gaza-2025.yaml", id), null, Actor.SYSTEM));
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::code).containsExactly("agreement.id.taken");
	}

}
