package org.raqib.server.record;

import java.util.List;

import org.raqib.server.access.Actor;
import org.raqib.server.system.RaqibProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's log: the January 2025 Gaza ceasefire as followed from the Cairo joint operations room, with
 * the parties' official statements (short paraphrases with their dates, not quotations) and one
 * correction, so every page has something to show.
 */
@Component
@ConditionalOnWebApplication
@Order(2)
class DemoRecord implements ApplicationRunner {

	static final String GAZA = "gaza-2025";

	private final RaqibProperties properties;

	private final Logs logs;

	private final LogAdministration administration;

	private final Appending appending;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	DemoRecord(RaqibProperties properties, Logs logs, LogAdministration administration, Appending appending,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.logs = logs;
		this.administration = administration;
		this.appending = appending;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.demo() || hasStatements()) {
			return;
		}
		if (this.logs.find(GAZA).isEmpty()) {
			createLog();
		}
		statements();
	}

	/** Without the agreement module's demo (which defines the agreement and so its log), the log alone. */
	private void createLog() {
		this.administration.create(new NewLog(GAZA, List.of(party("egypt", "mediator"), party("qatar", "mediator"),
				party("united-states", "mediator"), party("hamas", "side"), party("israel", "side"),
				party("icrc", "intermediary"), party("wfp", "agency"), party("eubam-rafah", "monitor"))),
				Actor.SYSTEM);
	}

	private boolean hasStatements() {
		return this.jdbc.sql("SELECT COUNT(*) FROM record_statement WHERE log_id = :log").param("log", GAZA)
			.query(Long.class).single() > 0;
	}

	private void statements() {
		statement("qatar", "أعلنت قطر التوصل إلى اتفاق لوقف إطلاق النار وتبادل المحتجزين في غزة، يبدأ سريانه في 19 كانون الثاني/يناير 2025.",
				"Qatar announces a ceasefire and exchange agreement for Gaza, to take effect on 19 January 2025.",
				"2025-01-15T18:00:00Z");
		Appended egypt = statement("egypt",
				"أعلنت مصر إنشاء غرفة عمليات مشتركة في مصر مع قطر والولايات المتحدة لمتابعة تبادل المحتجزين والأسرى ودخول المساعدات الإنسانية وحركة الأفراد بعد إعادة فتح معبر رفح.",
				"Egypt announces a joint operations room in Egypt, with Qatar and the United States, to follow the exchange of detainees and prisoners, the entry of aid and the movement of people once the Rafah crossing reopens.",
				"2025-01-18T12:00:00Z");
		var correction = new StatementText(
				"أعلنت مصر إنشاء غرفة عمليات مشتركة في مصر مع قطر والولايات المتحدة لمتابعة تبادل المحتجزين والأسرى ودخول المساعدات الإنسانية وحركة الأفراد بعد إعادة فتح معبر رفح، على أن يبدأ وقف إطلاق النار الساعة 08:30 بتوقيت القاهرة يوم الأحد.",
				"Egypt announces a joint operations room in Egypt, with Qatar and the United States, to follow the exchange of detainees and prisoners, the entry of aid and the movement of people once the Rafah crossing reopens; the ceasefire starts at 08:30 Cairo time on Sunday.",
				"2025-01-18T12:00:00Z", null);
		this.appending.append(GAZA, Revisions.CORRECTION, "egypt", "mediator",
				Payloads.write(java.util.Map.of("reason", "The statement also gave the start time.", "replacement",
						Payloads.tree(correction.payload()))),
				List.of(egypt.index()));
	}

	private Appended statement(String party, String arabic, String english, String at) {
		return this.appending.append(GAZA, StatementKind.NAME, party, "mediator",
				new StatementText(arabic, english, at, null).payload(), List.of());
	}

	private static NewLog.LogParty party(String code, String role) {
		return new NewLog.LogParty(code, List.of(role));
	}

}
