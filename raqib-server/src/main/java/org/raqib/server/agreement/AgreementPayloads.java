package org.raqib.server.agreement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads of the agreement's entries: {@code agreement.defined/v1} is the definition as JSON;
 * {@code agreement.amended/v1} is the whole new definition with the reason and when it comes into force,
 * referring to the entry of the version it replaces.
 */
final class AgreementPayloads {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/** An amendment: the definition that replaces the one in force, from {@code inForceFrom}. */
	record Amendment(String reason, Instant inForceFrom, AgreementDefinition definition) {
	}

	private AgreementPayloads() {
	}

	static byte[] defined(AgreementDefinition definition) {
		return JSON.writeValueAsBytes(definition);
	}

	static byte[] amended(Amendment amendment) {
		return JSON.writeValueAsBytes(amendment);
	}

	static AgreementDefinition definition(byte[] payload) {
		return read(payload, AgreementDefinition.class);
	}

	static Amendment amendment(byte[] payload) {
		Amendment amendment = read(payload, Amendment.class);
		if (amendment.reason() == null || amendment.reason().isBlank() || amendment.inForceFrom() == null
				|| amendment.definition() == null) {
			throw InvalidInput.of("payload", "agreement.payload.invalid", "reason, inForceFrom and definition");
		}
		return amendment;
	}

	static String json(AgreementDefinition definition) {
		return JSON.writeValueAsString(definition);
	}

	static AgreementDefinition fromJson(String json) {
		return JSON.readValue(json, AgreementDefinition.class);
	}

	private static <T> T read(byte @Nullable [] payload, Class<T> type) {
		try {
			T value = JSON.readValue(payload, type);
			if (value == null) {
				throw InvalidInput.of("payload", "agreement.payload.invalid", "empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw InvalidInput.of("payload", "agreement.payload.invalid", ex.getOriginalMessage());
		}
	}

}
