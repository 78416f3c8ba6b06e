package org.raqib.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.agreement.compliance.Status;

/**
 * The keys the agreement pages build from values (a status, a role, a kind, a timing) exist: the
 * translation test cannot see keys that are not written out whole.
 */
class AgreementMessagesTests {

	@Test
	void everyKeyBuiltFromAValueExists() throws IOException {
		var keys = new ArrayList<String>();
		AgreementDefinition.STATUSES.forEach(s -> keys.add("agreement.status." + s));
		AgreementDefinition.ROLES.forEach(r -> keys.add("agreement.role." + r));
		ObligationReader.KINDS.forEach(k -> keys.add("agreement.kind." + k));
		ObligationReader.TIMINGS.forEach(t -> keys.add("agreement.terms." + t));
		ObligationReader.TIMINGS.stream().filter(t -> !t.equals("ahead-of"))
			.forEach(t -> keys.add("agreement.timeline." + t));
		List.of("quota.day", "quota.window", "total", "ratio", "zone-restriction", "cessation")
			.forEach(t -> keys.add("agreement.terms." + t));
		for (Status status : Status.values()) {
			keys.add("compliance.status." + status.name());
		}
		for (AsOf.View view : AsOf.View.values()) {
			keys.add("agreement.as-of.view." + view.name());
		}
		for (String bundle : List.of("messages.properties", "messages_ar.properties")) {
			var messages = new Properties();
			try (var in = new InputStreamReader(getClass().getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

}
