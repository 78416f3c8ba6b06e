package org.raqib.server.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The canonical encoding and commitment, against the test vector of docs/personal-data.md. */
class PersonEncodingTests {

	static final byte[] SALT = new byte[32];

	static {
		for (int i = 0; i < 32; i++) {
			SALT[i] = (byte) i;
		}
	}

	static final PersonData VECTOR = new PersonData("أسامة محمد", "Osama Mohammed", null, "401234567",
			LocalDate.of(1990, 5, 17), null, "Khan Younis");

	@Test
	void encodesTheDocumentedTestVector() {
		assertThat(new String(PersonEncoding.encode(VECTOR), StandardCharsets.UTF_8)).isEqualTo("""
				raqib-person/v1
				name-ar=أسامة محمد
				name-latin=Osama Mohammed
				name-he=
				id-number=401234567
				date-of-birth=1990-05-17
				birth-year=1990
				place=Khan Younis
				""");
	}

	@Test
	void commitsToTheDocumentedTestVector() {
		assertThat(PersonEncoding.commitment(SALT, PersonEncoding.encode(VECTOR)))
			.isEqualTo("sha256:1c963a5bef4ab12f48abde05c9289bd5c502d07acc81ebab8c6c31046182f940");
	}

	@Test
	void decodesWhatItEncodes() {
		assertThat(PersonEncoding.decode(PersonEncoding.encode(VECTOR))).isEqualTo(PersonEncoding.canonical(VECTOR));
	}

	@Test
	void normalisesToNfcAndStripsSoTheSameNameCommitsTheSame() {
		var decomposed = PersonData.named("  Jose\u0301 ", null);
		var composed = PersonData.named("Jos\u00e9", null);
		assertThat(PersonEncoding.encode(decomposed)).isEqualTo(PersonEncoding.encode(composed));
	}

}
