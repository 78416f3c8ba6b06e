package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityGazetteerTests {

	@Test
	void shipsBothTheatres() {
		var codes = EntityGazetteer.standard().entries().stream().map(GazetteerEntry::code).toList();
		assertThat(codes).contains("egypt", "qatar", "united-states", "hamas", "israel", "icrc", "un", "ocha", "unrwa",
				"wfp", "egypt-mfa", "israel-moj", "gaza-moh", "rafah-crossing", "kerem-shalom", "zikim", "erez",
				"netzarim-corridor", "gaza-city", "khan-younis", "jabalia", "nuseirat");
		assertThat(codes).contains("russia", "turkey", "syria", "iran", "idlib", "saraqib", "m4", "m5", "sochi",
				"moscow", "lavrov", "peskov", "putin", "erdogan", "hts", "nato");
	}

	@Test
	void placesHaveCoordinatesAndCodesAreUniquePerType() {
		var seen = new HashSet<String>();
		for (GazetteerEntry entry : EntityGazetteer.standard().entries()) {
			assertThat(entry.code()).matches("^[a-z0-9][a-z0-9._-]*$");
			assertThat(seen.add(entry.type() + ":" + entry.code())).as(entry.code()).isTrue();
			assertThat(entry.nameEn()).isNotBlank();
			assertThat(entry.nameAr()).isNotBlank();
			if (entry.type().equals(EntityMention.PLACE)) {
				assertThat(entry.latitude()).as(entry.code()).isBetween(-90.0, 90.0);
				assertThat(entry.longitude()).as(entry.code()).isBetween(-180.0, 180.0);
			}
		}
	}

	@Test
	void readsPlacesByTheirHxlHashtagsInAnyOrder() {
		String csv = "#geo+lon,#loc +NAME+i_ar,#loc+code,#loc+i_en+name,#geo+lat,#loc+name+alias,#meta+comment\n"
				+ "36.6339,إدلب,idlib,Idlib,35.9306,\"Idleb|Edlib\",x\n";
		List<GazetteerEntry> entries = GazetteerCsv.read(csv, "test");
		assertThat(entries).containsExactly(new GazetteerEntry("idlib", "place", "", "Idlib", "إدلب",
				List.of("Idleb", "Edlib"), List.of(), 35.9306, 36.6339));
	}

	@Test
	void readsPeopleAndOrganisationsByTheirCodeColumn() {
		String people = "Code,Name (English),Name (Arabic),Aliases,Type,Organisation\n"
				+ "#person+code,#person+name+i_en,#person+name+i_ar,#person+name+alias,#person+type,#org+code\n"
				+ "lavrov,Sergei Lavrov,سيرغي لافروف,Lavrov|لافروف,minister,russia-mfa\n";
		assertThat(GazetteerCsv.read(people, "people").get(0).type()).isEqualTo(EntityMention.PERSON);
		String orgs = "#org+code,#org+name+i_en,#org+name+i_ar\nhamas,Hamas,حماس\n";
		assertThat(GazetteerCsv.read(orgs, "orgs").get(0).type()).isEqualTo(EntityMention.ORGANISATION);
	}

	@Test
	void loadAddsFiles(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("extra.csv");
		Files.writeString(file, "#loc+code,#loc+name+i_en,#loc+name+i_ar,#geo+lat,#geo+lon\n"
				+ "taftanaz,Taftanaz,تفتناز,35.99,36.78\n");
		var gazetteer = EntityGazetteer.load(file);
		assertThat(Entities.find("قصف في تفتناز وإدلب", gazetteer)).extracting(EntityMention::code)
			.containsExactly("taftanaz", "idlib");
		assertThat(Entities.find("قصف في تفتناز")).isEmpty();
	}

	@Test
	void inflectsArabicNisbaAdjectives() {
		assertThat(EntityAdjectives.forms("إسرائيلي")).contains("إسرائيلي", "الإسرائيلية", "إسرائيليين", "إسرائيليا");
		assertThat(EntityAdjectives.forms("Israeli")).containsExactly("Israeli", "Israelis");
	}

}
