package org.raqib.server.agreement;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.raqib.server.access.Actor;
import org.raqib.server.access.PartyAdministration;
import org.raqib.server.access.PartyDetails;
import org.springframework.stereotype.Component;

/** The demo agreements' parties, and the demo files under a fresh identifier for each test. */
@Component
class AgreementFixtures {

	static final List<String> PARTIES = List.of("egypt", "qatar", "united-states", "hamas", "israel", "icrc",
			"eubam-rafah", "wfp", "russia", "turkiye", "syrian-government", "syrian-opposition");

	private final PartyAdministration parties;

	AgreementFixtures(PartyAdministration parties) {
		this.parties = parties;
	}

	void registerParties() {
		for (String code : PARTIES) {
			if (this.parties.all().stream().noneMatch(p -> p.code().equals(code))) {
				this.parties.register(new PartyDetails(code, "طرف " + code, "Party " + code, true), Actor.SYSTEM);
			}
		}
	}

	/** A demo file, with its geography, under a new identifier. */
	AgreementDefinitions.Files demo(String file, String newId) throws IOException {
		registerParties();
		AgreementDefinitions.Files files = DemoAgreements.files(file);
		String id = file.startsWith("gaza") ? "gaza-2025" : "idlib-2018";
		return new AgreementDefinitions.Files(files.agreement().replace("id: " + id, "id: " + newId),
				files.geography());
	}

	static String newId() {
		return "a-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
