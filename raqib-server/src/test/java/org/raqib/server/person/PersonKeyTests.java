package org.raqib.server.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raqib.server.system.RaqibProperties;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;

class PersonKeyTests {

	static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@TempDir
	Path dataDir;

	RaqibProperties raqib(boolean demo) {
		return new RaqibProperties(this.dataDir, "", "raqib.test", demo, List.of(Locale.ENGLISH), "", false, null);
	}

	@Test
	void withoutAKeyEveryUseIsRefusedNamingTheProperties() {
		var key = new PersonKey(new PersonProperties(null, null), raqib(false));
		assertThat(key.available()).isFalse();
		assertThatThrownBy(key::require).isInstanceOfSatisfying(Rejected.class, r -> {
			assertThat(r.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(r.rule()).isEqualTo("NO_PERSONAL_DATA_KEY");
			assertThat(r.getMessage()).contains("RAQIB_PERSON_KEY").contains("RAQIB_PERSON_KEY_FILE");
		});
	}

	@Test
	void aGivenKeyIsUsedAndIdentifiedByItsHash() {
		var key = new PersonKey(new PersonProperties(KEY, null), raqib(false));
		assertThat(key.require().getEncoded()).hasSize(32);
		assertThat(key.id()).hasSize(8).isEqualTo(PersonKey.idOf(key.require().getEncoded()));
	}

	@Test
	void aKeyOfTheWrongLengthIsRefused() {
		assertThatThrownBy(() -> new PersonKey(new PersonProperties("AAEC", null), raqib(false)))
			.hasMessageContaining("raqib.person.key must be base64 of 32 bytes");
	}

	@Test
	void aKeyFileInsideTheDataDirectoryIsRefusedOutsideDemoMode() throws Exception {
		Path file = Files.writeString(this.dataDir.resolve("person.key"), KEY);
		assertThatThrownBy(() -> new PersonKey(new PersonProperties(null, file.toString()), raqib(false)))
			.hasMessageContaining("raqib.person.key-file");
	}

	@Test
	void aKeyFileOutsideTheDataDirectoryIsRead(@TempDir Path elsewhere) throws Exception {
		Path file = Files.writeString(elsewhere.resolve("person.key"), KEY + "\n");
		var key = new PersonKey(new PersonProperties(null, file.toString()), raqib(false));
		assertThat(key.id()).isEqualTo(new PersonKey(new PersonProperties(KEY, null), raqib(false)).id());
	}

	@Test
	void demoModeGeneratesAKeyOnceAndKeepsIt() {
		var first = new PersonKey(new PersonProperties(null, null), raqib(true));
		var second = new PersonKey(new PersonProperties(null, null), raqib(true));
		assertThat(Files.exists(this.dataDir.resolve("keys").resolve(PersonKey.DEMO_FILE))).isTrue();
		assertThat(second.id()).isEqualTo(first.id());
	}

}
