package org.raqib.server.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The demo geographies load without a single problem, and their gazetteers are the ones shipped beside them. */
class DemoGeographyTests {

	static final String GAZA = "/demo/geography/gaza-2025";

	static final String IDLIB = "/demo/geography/idlib-2018";

	@Test
	void gazaLoadsCleanly() throws IOException {
		Geography gaza = GeoJsonReader.read(resource(GAZA + ".geojson"));

		assertThat(gaza.crossings()).extracting(Crossing::id).containsExactly("kerem-shalom", "rafah-crossing", "zikim",
				"erez", "kissufim");
		assertThat(gaza.zonesContaining(34.4250, 31.4700)).extracting(Zone::id)
			.containsExactly("netzarim-corridor", "salah-al-din-road");
		assertThat(gaza.gazetteer().lookup("خانيونس")).isEmpty();
		assertThat(gaza.gazetteer().lookup("خان يونس")).extracting(Gazetteer.Entry::code).containsExactly("khan-younis");
		assertThat(gaza.gazetteer().lookup("CMCC")).extracting(Gazetteer.Entry::code).containsExactly("kiryat-gat");
	}

	@Test
	void idlibLoadsCleanly() throws IOException {
		Geography idlib = GeoJsonReader.read(resource(IDLIB + ".geojson"));

		assertThat(idlib.posts()).hasSize(12).allSatisfy(post -> {
			assertThat(post.party()).isEqualTo("turkiye");
			assertThat(post.approximate()).isTrue();
		});
		assertThat(idlib.zones()).allSatisfy(zone -> assertThat(zone.approximate()).isTrue());
		assertThat(((Zone) idlib.feature("m4-corridor").orElseThrow()).bufferKm()).isEqualTo(6.0);
		assertThat(idlib.zonesContaining(36.6083, 35.8136)).extracting(Zone::id).contains("m4-corridor")
			.doesNotContain("dmz");
		assertThat(idlib.zonesContaining(36.6339, 35.9306)).extracting(Zone::id).containsExactly("idlib-dez");
		assertThat(idlib.nearestPost(36.6744, 35.6438).orElseThrow().feature().id()).isEqualTo("op-surman");
		Place trumba = (Place) idlib.feature("trumba").orElseThrow();
		Place saraqib = (Place) idlib.feature("saraqib").orElseThrow();
		assertThat(Earth.kilometres(trumba.geometry().getX(), trumba.geometry().getY(), saraqib.geometry().getX(),
				saraqib.geometry().getY())).isCloseTo(2, within(0.2));
		assertThat(idlib.gazetteer().lookup("ادلب")).extracting(Gazetteer.Entry::code).containsExactly("idlib");
	}

	@Test
	void theShippedGazetteersAreTheGeographiesOwn() throws IOException {
		for (String demo : new String[] { GAZA, IDLIB }) {
			Geography geography = GeoJsonReader.read(resource(demo + ".geojson"));
			String csv = resource(demo + ".csv");

			assertThat(csv).as(demo + ".csv").isEqualTo(geography.gazetteer().write());
			assertThat(Gazetteer.read(csv)).isEqualTo(geography.gazetteer());
		}
	}

	static String resource(String name) throws IOException {
		try (InputStream in = DemoGeographyTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
