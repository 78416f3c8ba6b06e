package org.raqib.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.raqib.server.system.InvalidInput;

/** The agreement file's form and sense: every problem named by line and column, the demo files clean. */
class AgreementFileReaderTests {

	static final Set<String> KNOWN = Set.of("egypt", "qatar", "hamas", "israel", "icrc", "russia", "turkiye",
			"united-states", "eubam-rafah", "wfp", "syrian-government", "syrian-opposition");

	static final AgreementFileReader.Places PLACES = new AgreementFileReader.Places(Set.of("dmz", "m4-corridor"),
			Set.of("rafah"));

	static final String MINIMAL = """
			raqib: agreement/v1
			id: test-agreement
			name: {en: Test agreement, ar: اتفاق تجريبي}
			signed: 2025-01-15
			time_zone: Asia/Gaza
			entry_into_force: 2025-01-19T08:30
			status: in-force
			parties:
			  - {party: egypt, roles: [mediator]}
			  - {party: hamas, roles: [side]}
			  - {party: israel, roles: [side]}
			phases:
			  - {id: phase-1, name: {en: Phase 1, ar: المرحلة الأولى}, start: entry-into-force, end: day 42}
			provisions:
			  - {id: aid, text: {en: Trucks enter., ar: تدخل الشاحنات.}, source: the deal}
			obligations:
			  - id: trucks
			    kind: quota
			    provision: aid
			    responsible: israel
			    during: phase-1
			    count: {measure: aid.trucks, where: {stage: crossed}}
			    at_least: 600
			    per: day
			    unit: trucks
			""";

	AgreementDefinition read(String text) {
		return new AgreementFileReader(KNOWN::contains, PLACES).read(text);
	}

	InvalidInput refused(String text) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInput.class, () -> read(text));
	}

	@Test
	void readsAValidFile() {
		AgreementDefinition d = read(MINIMAL);
		assertThat(d.id()).isEqualTo("test-agreement");
		assertThat(d.name().ar()).isEqualTo("اتفاق تجريبي");
		assertThat(d.obligations()).singleElement().satisfies(o -> {
			assertThat(o.atLeast()).isEqualTo(600);
			assertThat(o.count().where()).containsEntry("stage", "crossed");
		});
	}

	@Test
	void aYamlSyntaxErrorNamesItsLineAndColumn() {
		InvalidInput invalid = refused(MINIMAL.replace("status: in-force", "status: [in-force"));
		assertThat(invalid.problems()).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("agreement.file.syntax");
			assertThat(p.field()).startsWith("line ");
		});
	}

	@Test
	void semanticProblemsAreNamedWithTheirPlaceAllAtOnce() {
		String text = MINIMAL.replace("{party: hamas, roles: [side]}", "{party: nobody, roles: [side]}")
			.replace("stage: crossed", "stage: flying")
			.replace("    unit: trucks\n", "");
		InvalidInput invalid = refused(text);
		assertThat(invalid.problems()).extracting(InvalidInput.FieldProblem::field, InvalidInput.FieldProblem::code)
			.containsExactlyInAnyOrder(tuple("line 10, column 13 (parties[1].party)", "agreement.party.unknown"),
					tuple("line 22, column 49 (obligations[0].count.where.stage)", "agreement.category.unknown"),
					tuple("line 17, column 5 (obligations[0])", "agreement.file.required"));
	}

	@Test
	void overlappingPhasesAreRefused() {
		String text = MINIMAL.replace("provisions:", """
				  - {id: phase-2, name: {en: Phase 2, ar: المرحلة الثانية}, start: day 40, end: day 84}
				provisions:""");
		assertThat(refused(text).problems()).extracting(InvalidInput.FieldProblem::code)
			.containsExactly("agreement.phase.overlap");
	}

	@Test
	void aRatioWithoutCategoriesIsRefused() {
		String text = MINIMAL.substring(0, MINIMAL.indexOf("obligations:")) + """
				obligations:
				  - id: ratio
				    kind: ratio
				    provision: aid
				    responsible: israel
				    count: {measure: exchange.released, where: {party: israel}}
				    for_each: {measure: exchange.released, where: {party: hamas}}
				    ratio: 30
				""";
		assertThat(refused(text).problems()).extracting(InvalidInput.FieldProblem::code)
			.containsExactly("agreement.ratio.category", "agreement.ratio.category");
	}

	@Test
	void unknownZonesCrossingsMeasuresAndKeysAreNamed() {
		String text = MINIMAL.replace("count: {measure: aid.trucks, where: {stage: crossed}}",
				"count: {measure: aid.trucks, where: {stage: crossed, crossing: erez}}")
			.replace("per: day", "per: day\n    colour: blue")
			+ """
					  - id: dmz
					    kind: zone-restriction
					    provision: aid
					    responsible: hamas
					    zone: buffer
					    count: {measure: incident.seen}
					""";
		assertThat(refused(text).problems()).extracting(InvalidInput.FieldProblem::code)
			.containsExactlyInAnyOrder("agreement.crossing.unknown", "agreement.file.unknown-key",
					"agreement.zone.unknown", "agreement.measure.unknown");
	}

	@Test
	void aDuplicateKeyIsNamed() {
		assertThat(refused(MINIMAL.replace("status: in-force", "status: in-force\nstatus: ended")).problems())
			.extracting(InvalidInput.FieldProblem::code)
			.containsExactly("agreement.file.duplicate-key");
	}

	@Test
	void aFileThatIsNotAMappingIsRefused() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> read("- just\n- a list\n"));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> read(""));
	}

	@Test
	void momentsResolveInTheAgreementsTimeZone() {
		var moments = new Moments(ZoneId.of("Asia/Gaza"), LocalDateTime.parse("2025-01-19T08:30"));
		assertThat(moments.start("entry-into-force")).isEqualTo(Instant.parse("2025-01-19T06:30:00Z"));
		assertThat(moments.start("day 1")).isEqualTo(Instant.parse("2025-01-19T06:30:00Z"));
		assertThat(moments.start("day 7")).isEqualTo(Instant.parse("2025-01-24T22:00:00Z"));
		assertThat(moments.end("day 7")).isEqualTo(Instant.parse("2025-01-25T22:00:00Z"));
		assertThat(moments.end("day 42")).isEqualTo(Instant.parse("2025-03-01T22:00:00Z"));
		assertThat(moments.end("2018-10-10")).isEqualTo(Instant.parse("2018-10-10T21:00:00Z"));
		assertThat(moments.start("2025-01-19T14:00Z")).isEqualTo(Instant.parse("2025-01-19T14:00:00Z"));
		assertThat(moments.start("day 0")).isNull();
		assertThat(moments.start("tomorrow")).isNull();
		assertThat(Moments.lead("24h")).hasHours(24);
	}

	@Test
	void aDefinitionIsWrittenTheSameWayWhateverTheOrderOfItsFilters() {
		var a = new java.util.LinkedHashMap<String, String>();
		a.put("stage", "crossed");
		a.put("cargo", "fuel");
		var b = new java.util.LinkedHashMap<String, String>();
		b.put("cargo", "fuel");
		b.put("stage", "crossed");
		assertThat(new AgreementDefinition.Counted("aid.trucks", a).where().keySet())
			.containsExactly("cargo", "stage")
			.isEqualTo(new AgreementDefinition.Counted("aid.trucks", b).where().keySet());
	}

}
