package org.raqib.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.server.geo.GeoFiles.collection;
import static org.raqib.server.geo.GeoFiles.feature;
import static org.raqib.server.geo.GeoFiles.lineZone;
import static org.raqib.server.geo.GeoFiles.place;
import static org.raqib.server.geo.GeoFiles.problem;
import static org.raqib.server.geo.GeoFiles.problems;

import org.junit.jupiter.api.Test;

/** The file as a whole and each feature's properties: every problem named by where it is and what it is. */
class GeoJsonReaderTests {

	@Test
	void readsAFeatureOfEachKind() {
		Geography geography = GeoJsonReader.read(collection(place("idlib", GeoFiles.IDLIB),
				feature("op-04", "post", "\"party\": \"turkey\", \"approximate\": true, \"aliases\": [\"Tell al-Eis\"]",
						"Point", "[36.95, 36.03]"),
				feature("rafah-crossing", "crossing", "\"hours\": \"08:00-12:00, 13:00-16:00\"", "Point",
						"[34.2591, 31.2466]"),
				lineZone("m4", "6", "[[36.78, 35.86], [36.61, 35.81]]")));

		assertThat(geography.features()).extracting(Feature::id).containsExactly("idlib", "op-04", "rafah-crossing",
				"m4");
		Post post = geography.posts().get(0);
		assertThat(post.party()).isEqualTo("turkey");
		assertThat(post.approximate()).isTrue();
		assertThat(post.aliases()).containsExactly("Tell al-Eis");
		assertThat(geography.crossings().get(0).hours()).hasToString("08:00-12:00, 13:00-16:00");
		assertThat(geography.zones().get(0).bufferKm()).isEqualTo(6.0);
		assertThat(geography.zones().get(0).area().getGeometryType()).isEqualTo("Polygon");
	}

	@Test
	void namesTheLineAndColumnOfInvalidJson() {
		String text = "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n    {\"type\": \"Feature\" \"x\": 1}\n  ]\n}";

		assertThat(problems(text)).containsExactly(problem("line 4, column 24", "geo.error.json"));
	}

	@Test
	void refusesTextAfterTheJson() {
		assertThat(problems(collection() + "\n]")).containsExactly(problem("line 2, column 1", "geo.error.json"));
	}

	@Test
	void refusesANameRepeatedInAnObject() {
		// Readers differ on which of the two values wins, so the file is ambiguous.
		String text = "{\"type\": \"FeatureCollection\",\n \"features\": [], \"features\": []}";

		assertThat(problems(text)).containsExactly(problem("line 2, column 28", "geo.error.json"));
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(problems("  ")).containsExactly(problem("line 1, column 1", "geo.error.json"));
	}

	@Test
	void refusesAFileThatIsNotAFeatureCollection() {
		assertThat(problems(place("idlib", GeoFiles.IDLIB)))
			.containsExactly(problem("type", "geo.error.not-feature-collection", "Feature"));
		assertThat(problems("[]")).containsExactly(problem("type", "geo.error.not-feature-collection", ""));
	}

	@Test
	void refusesACollectionWithoutFeatures() {
		assertThat(problems("{\"type\": \"FeatureCollection\"}"))
			.containsExactly(problem("features", "geo.error.features.missing"));
	}

	@Test
	void refusesAnEntryThatIsNotAFeature() {
		assertThat(problems(collection("42", "{\"type\": \"Point\", \"coordinates\": [0, 0]}"))).containsExactly(
				problem("features[0]", "geo.error.not-feature"), problem("features[1]", "geo.error.not-feature"));
	}

	@Test
	void refusesAnInvalidBbox() {
		assertThat(problems("{\"type\": \"FeatureCollection\", \"bbox\": [37, 35, 36, 36], \"features\": []}"))
			.containsExactly(problem("bbox", "geo.error.bbox.invalid"));
	}

	@Test
	void refusesAFeatureWithoutId() {
		String noId = """
				{"type": "Feature", "properties": {"kind": "place", "name_en": "Idlib", "name_ar": "إدلب"},
				 "geometry": {"type": "Point", "coordinates": [36.63, 35.93]}}""";

		assertThat(problems(collection(place("aleppo", "[37.13, 36.2]"), noId)))
			.containsExactly(problem("features[1]", "geo.error.id.missing"));
	}

	@Test
	void refusesAnIdOutsideThePattern() {
		assertThat(problems(collection(place("M4 road", GeoFiles.IDLIB))))
			.containsExactly(problem("features[0] (id \"M4 road\")", "geo.error.id.invalid", "M4 road"));
	}

	@Test
	void refusesADuplicateIdNamingTheFirstUse() {
		assertThat(problems(collection(place("idlib", GeoFiles.IDLIB), place("aleppo", "[37.13, 36.2]"),
				place("idlib", "[36.64, 35.93]"))))
			.containsExactly(problem("features[2] (id \"idlib\")", "geo.error.id.duplicate", "idlib",
					"features[0] (id \"idlib\")"));
	}

	@Test
	void refusesAnUnknownOrMissingKind() {
		String noKind = """
				{"type": "Feature", "properties": {"id": "idlib", "name_en": "Idlib", "name_ar": "إدلب"},
				 "geometry": {"type": "Point", "coordinates": [36.63, 35.93]}}""";

		assertThat(problems(collection(feature("cp", "checkpoint", "", "Point", GeoFiles.IDLIB), noKind)))
			.containsExactly(problem("features[0] (id \"cp\")", "geo.error.kind.unknown", "checkpoint"),
					problem("features[1] (id \"idlib\")", "geo.error.kind.missing"));
	}

	@Test
	void refusesMissingNames() {
		String unnamed = """
				{"type": "Feature", "properties": {"id": "idlib", "kind": "place", "name_ar": "  "},
				 "geometry": {"type": "Point", "coordinates": [36.63, 35.93]}}""";

		assertThat(problems(collection(unnamed))).containsExactly(
				problem("features[0] (id \"idlib\")", "geo.error.name.missing", "name_en"),
				problem("features[0] (id \"idlib\")", "geo.error.name.missing", "name_ar"));
	}

	@Test
	void refusesPropertiesOfTheWrongType() {
		assertThat(problems(collection(feature("idlib", "place",
				"\"approximate\": \"yes\", \"note_en\": 5, \"aliases\": [\"Idleb\", \"a|b\"]", "Point", GeoFiles.IDLIB))))
			.containsExactly(problem("features[0] (id \"idlib\")", "geo.error.aliases.invalid"),
					problem("features[0] (id \"idlib\")", "geo.error.property.not-boolean", "approximate"),
					problem("features[0] (id \"idlib\")", "geo.error.property.not-text", "note_en"));
	}

	@Test
	void refusesALineZoneWithoutBuffer() {
		assertThat(problems(collection(lineZone("m4", "", "[[36.78, 35.86], [36.61, 35.81]]"))))
			.containsExactly(problem("features[0] (id \"m4\")", "geo.error.buffer.missing"));
	}

	@Test
	void refusesABufferThatIsNotAPositiveNumberOfKilometres() {
		assertThat(problems(collection(lineZone("a", "0", "[[36.78, 35.86], [36.61, 35.81]]"),
				lineZone("b", "\"6\"", "[[36.78, 35.86], [36.61, 35.81]]"),
				lineZone("c", "250", "[[36.78, 35.86], [36.61, 35.81]]"))))
			.containsExactly(problem("features[0] (id \"a\")", "geo.error.buffer.invalid", 100),
					problem("features[1] (id \"b\")", "geo.error.buffer.invalid", 100),
					problem("features[2] (id \"c\")", "geo.error.buffer.invalid", 100));
	}

	@Test
	void refusesOpeningHoursOutsideTheFormat() {
		assertThat(problems(collection(feature("erez", "crossing", "\"hours\": \"8-16\"", "Point", "[34.54, 31.56]"),
				feature("rafah", "crossing", "\"hours\": \"08:00-25:00\"", "Point", "[34.26, 31.25]"))))
			.containsExactly(problem("features[0] (id \"erez\")", "geo.error.hours.invalid", "8-16"),
					problem("features[1] (id \"rafah\")", "geo.error.hours.invalid", "08:00-25:00"));
	}

	@Test
	void refusesAPostWithoutAPartyOrWithAnInvalidOne() {
		assertThat(problems(collection(feature("op-01", "post", "", "Point", GeoFiles.IDLIB),
				feature("op-02", "post", "\"party\": \"Turkey!\"", "Point", GeoFiles.IDLIB))))
			.containsExactly(problem("features[0] (id \"op-01\")", "geo.error.party.missing"),
					problem("features[1] (id \"op-02\")", "geo.error.party.invalid", "Turkey!"));
	}

	@Test
	void listsEveryProblemAndYieldsNothing() {
		String file = collection(place("idlib", GeoFiles.IDLIB), place("Aleppo", "[37.13, 36.2]"),
				feature("op-01", "post", "", "Point", "[36.95, 36.03]"), place("hama", "[236.75, 35.13]"));

		assertThat(problems(file)).containsExactly(
				problem("features[1] (id \"Aleppo\")", "geo.error.id.invalid", "Aleppo"),
				problem("features[2] (id \"op-01\")", "geo.error.party.missing"),
				problem("features[3] (id \"hama\")", "geo.error.coordinates.range", "236.75", "35.13"));
	}

}
