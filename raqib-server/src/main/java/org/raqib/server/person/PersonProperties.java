package org.raqib.server.person;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The personal-data key ({@code raqib.person.*}): AES-256, given as base64 or in a file holding the
 * base64. Never in a backup; outside demo mode never inside the data directory.
 *
 * @param key base64 of 32 bytes ({@code RAQIB_PERSON_KEY}).
 * @param keyFile the path of a file holding that base64 ({@code RAQIB_PERSON_KEY_FILE}).
 */
@ConfigurationProperties("raqib.person")
public record PersonProperties(@Nullable String key, @Nullable String keyFile) {

	public PersonProperties {
		key = key == null || key.isBlank() ? null : key.strip();
		keyFile = keyFile == null || keyFile.isBlank() ? null : keyFile.strip();
	}

}
