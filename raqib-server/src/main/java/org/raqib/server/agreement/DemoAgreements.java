package org.raqib.server.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.raqib.server.access.Actor;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's agreements, from the public facts in the project's reference: the Gaza ceasefire of January
 * 2025 (phase 1), and Idlib: the Sochi memorandum of 2018, amended by the Moscow protocol of March 2020.
 * Agreed terms only; what happened arrives as records.
 */
@Component
@ConditionalOnWebApplication
@Order(1)
class DemoAgreements implements ApplicationRunner {

	static final String FOLDER = "demo/agreements/";

	static final String GEOGRAPHY = "demo/geography/";

	private final RaqibProperties properties;

	private final Agreements agreements;

	private final AgreementDefinitions definitions;

	DemoAgreements(RaqibProperties properties, Agreements agreements, AgreementDefinitions definitions) {
		this.properties = properties;
		this.agreements = agreements;
		this.definitions = definitions;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.demo()) {
			return;
		}
		if (!this.agreements.exists("gaza-2025")) {
			this.definitions.define(files("gaza-2025.yaml"), null, Actor.SYSTEM);
		}
		if (!this.agreements.exists("idlib-2018")) {
			this.definitions.define(files("idlib-2018.yaml"), null, Actor.SYSTEM);
			var moscow = LocalDateTime.parse("2020-03-06T00:01").atZone(ZoneId.of("Asia/Damascus")).toInstant();
			this.definitions.amend("idlib-2018", files("idlib-2018-moscow-2020.yaml"),
					"Moscow Additional Protocol of 5 March 2020: ceasefire, M4 security corridor, joint patrols.", moscow,
					null, Actor.SYSTEM);
		}
	}

	static AgreementDefinitions.Files files(String name) throws IOException {
		String agreement = read(FOLDER + name);
		String geography = AgreementFileReader.geographyFile(agreement);
		return new AgreementDefinitions.Files(agreement, geography == null ? null : read(GEOGRAPHY + geography));
	}

	private static String read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
