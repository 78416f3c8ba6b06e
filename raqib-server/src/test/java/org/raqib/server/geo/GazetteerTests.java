package org.raqib.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.raqib.server.geo.GeoFiles.collection;
import static org.raqib.server.geo.GeoFiles.feature;
import static org.raqib.server.geo.GeoFiles.problem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.raqib.server.system.InvalidInput.FieldProblem;
import org.raqib.server.system.InvalidInput;

/** The HXL-tagged gazetteer: written and read back, found by any spelling of a name, and its errors by line. */
class GazetteerTests {

	static final String HEADER = """
			Code,Name (English),Name (Arabic),Aliases,Latitude,Longitude,Type,Approximate
			#loc+code,#loc+name+i_en,#loc+name+i_ar,#loc+name+alias,#geo+lat,#geo+lon,#loc+type,#meta+approximate
			""";

	static final Gazetteer IDLIB = new Gazetteer(List.of(
			new Gazetteer.Entry("idlib", "Idlib", "إدلب", List.of("Idleb", "Idlip"), 36.6339, 35.9306, "place", false),
			new Gazetteer.Entry("trumba", "Trumba", "ترنبة", List.of("Turunbah, Tronba"), 36.778, 35.86, "place", true),
			new Gazetteer.Entry("op-04", "Observation post 4 (Al Eis)", "نقطة المراقبة 4 (العيس)",
					List.of("Tell al-Eis", "\"Eis\" hill"), 36.95, 36.03, "post", true)));

	@Test
	void readsBackWhatItWrites() {
		String csv = IDLIB.write();

		assertThat(csv).startsWith(HEADER + "idlib,Idlib,إدلب,Idleb|Idlip,35.9306,36.6339,place,false\n");
		assertThat(Gazetteer.read(csv)).isEqualTo(IDLIB);
	}

	@Test
	void findsAnArabicNameWrittenWithoutHamzaOrWithDiacritics() {
		assertThat(IDLIB.lookup("ادلب")).extracting(Gazetteer.Entry::code).containsExactly("idlib");
		assertThat(IDLIB.lookup("إِدْلِب")).extracting(Gazetteer.Entry::code).containsExactly("idlib");
		assertThat(IDLIB.lookup("ترنبه")).extracting(Gazetteer.Entry::code).containsExactly("trumba");
		assertThat(IDLIB.lookup("  IDLEB ")).extracting(Gazetteer.Entry::code).containsExactly("idlib");
		assertThat(IDLIB.lookup("tell  al-eis")).extracting(Gazetteer.Entry::code).containsExactly("op-04");
		assertThat(IDLIB.lookup("Idl")).isEmpty();
	}

	@Test
	void normalisesLightly() {
		assertThat(Gazetteer.normalise("مــعــرة  النُّعمان")).isEqualTo("معره النعمان");
		assertThat(Gazetteer.normalise("آل مصطفى")).isEqualTo("ال مصطفي");
		assertThat(Gazetteer.normalise("Khān Shaykhūn")).isEqualTo("khan shaykhun");
		assertThat(Gazetteer.normalise("İdlib")).isEqualTo("idlib");
		assertThat(Gazetteer.normalise("\u200fحلب\u200f")).isEqualTo("حلب");
		assertThat(Gazetteer.normalise("مؤتة")).isEqualTo("مؤته");
	}

	@Test
	void findsColumnsByTheirHashtagsInAnyOrder() {
		String csv = """
				Lon,Lat,Where,Arabic,Code,Remarks
				#geo +lon,#geo+lat,#loc+i_en+name,#loc+NAME+i_ar,#loc+code,#meta+comment
				36.8009,35.8623,Saraqib,سراقب,saraqib,crossroads of the M4 and M5
				""";

		assertThat(Gazetteer.read(csv).entries()).containsExactly(
				new Gazetteer.Entry("saraqib", "Saraqib", "سراقب", List.of(), 36.8009, 35.8623, "place", false));
	}

	@Test
	void readsAFileWhoseHashtagsAreTheFirstRow() {
		String csv = "#loc+code,#loc+name+i_en,#loc+name+i_ar,#geo+lat,#geo+lon\nhama,Hama,حماة,35.1318,36.7578\n";

		assertThat(Gazetteer.read(csv).entry("hama")).isPresent();
	}

	@Test
	void namesTheLineAndColumnOfEachProblem() {
		String csv = HEADER + """
				idlib,Idlib,إدلب,,35.9306,36.6339,place,false

				Saraqib,Saraqib,,,35.86,north,place,maybe
				idlib,Idlib again,إدلب,,35.93,36.63,place,
				bangkok,Bangkok,بانكوك,,100.5,13.75,place,
				""";

		assertThat(csvProblems(csv)).containsExactly(problem("line 5, column 1", "geo.error.id.invalid", "Saraqib"),
				problem("line 5, column 3", "geo.error.name.missing", "#loc+name+i_ar"),
				problem("line 5, column 6", "geo.error.csv.number", "north"),
				problem("line 5, column 8", "geo.error.csv.boolean", "maybe"),
				problem("line 6, column 1", "geo.error.id.duplicate", "idlib", "line 3"),
				problem("line 7, column 5", "geo.error.coordinates.swapped", "13.75", "100.5"));
	}

	@Test
	void refusesAFileWithoutItsHashtagRow() {
		assertThat(csvProblems("Code,Name\nidlib,Idlib\n")).containsExactly(problem("line 2", "geo.error.csv.hxl-missing"));
	}

	@Test
	void refusesAFileWithoutARequiredColumn() {
		assertThat(csvProblems("Code,Name\n#loc+code,#loc+name+i_en\n")).containsExactly(
				problem("line 2", "geo.error.csv.column-missing", "#loc+name+i_ar"),
				problem("line 2", "geo.error.csv.column-missing", "#geo+lat"),
				problem("line 2", "geo.error.csv.column-missing", "#geo+lon"));
	}

	@Test
	void refusesAnUnfinishedQuote() {
		assertThat(csvProblems(HEADER + "idlib,\"Idlib,إدلب,,35.9306,36.6339,place,false\n"))
			.containsExactly(problem("line 4", "geo.error.csv.syntax"));
	}

	@Test
	void aGeographyListsItsFeaturesAsPlaces() {
		Geography geography = GeoJsonReader.read(collection(GeographyTests.CORRIDOR,
				feature("trumba", "place", "\"approximate\": true, \"aliases\": [\"Turunbah\"]", "Point", "[36.778, 35.86]")));

		Gazetteer gazetteer = geography.gazetteer();

		assertThat(gazetteer.entries()).extracting(Gazetteer.Entry::code, Gazetteer.Entry::type,
				Gazetteer.Entry::approximate).containsExactly(tuple("m4-corridor", "zone", false),
						tuple("trumba", "place", true));
		assertThat(gazetteer.entry("m4-corridor").orElseThrow().lon()).isCloseTo(36.7, within(1e-6));
		assertThat(gazetteer.lookup("turunbah")).hasSize(1);
	}

	static List<FieldProblem> csvProblems(String csv) {
		try {
			Gazetteer.read(csv);
		}
		catch (InvalidInput ex) {
			return ex.problems();
		}
		throw new AssertionError("the file was accepted");
	}

}
