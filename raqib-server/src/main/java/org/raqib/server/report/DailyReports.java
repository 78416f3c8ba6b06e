package org.raqib.server.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Rejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * A daily report's life: drafted from the record at the cut-off (or when a mediator asks), its summary
 * edited, approved, then published: the documents are made once, kept as served, and their hashes
 * recorded in a {@code report.published/v1} entry signed for the mediator's party.
 */
@Service
class DailyReports {

	static final String SYSTEM = "system";

	/** At most this many summary bullets, each at most {@link #MAX_BULLET} characters. */
	static final int MAX_BULLETS = 40;

	static final int MAX_BULLET = 600;

	private final Agreements agreements;

	private final Drafting drafting;

	private final ReportTable table;

	private final ReportPdf pdf;

	private final Appending appending;

	private final MessageSource messages;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyReports(Agreements agreements, Drafting drafting, ReportTable table, ReportPdf pdf, Appending appending,
			MessageSource messages, JsonMapper json, TransactionTemplate transactions, Clock clock) {
		this.agreements = agreements;
		this.drafting = drafting;
		this.table = table;
		this.pdf = pdf;
		this.appending = appending;
		this.messages = messages;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Drafts the day's report, or drafts a draft again from the record as it is now. */
	DailyReport draft(String log, LocalDate day, String by) {
		AgreementDefinition definition = definition(log);
		ReportPeriod period = this.drafting.period(log, definition, day);
		if (!period.until().isAfter(Agreements.term(definition).from())) {
			throw InvalidInput.of("day", "report.day.before-entry-into-force");
		}
		ReportContent content = this.drafting.content(period);
		Instant now = this.clock.instant();
		var report = new DailyReport(log, day, this.table.countBefore(log, day) + 1, period.from(), period.until(),
				DailyReport.State.DRAFT, content, now, by, null, null, null);
		if (!this.table.insert(report) && !this.table.redraft(log, day, content, now, by)) {
			throw notDraft(log, day);
		}
		return find(log, day);
	}

	/**
	 * Drafts, for every agreement in force whose cut-off has passed, the day's report if it has none yet
	 * (an agreement whose term is over gets no more).
	 */
	void draftDue() {
		Instant now = this.clock.instant();
		for (Agreements.Summary agreement : this.agreements.list()) {
			AgreementDefinition definition = definition(agreement.id());
			LocalDate day = this.drafting.lastCutOffDay(agreement.id(), definition, now);
			ReportPeriod period = this.drafting.period(agreement.id(), definition, day);
			Agreements.Term term = Agreements.term(definition);
			boolean inForce = period.until().isAfter(term.from())
					&& (term.until() == null || period.from().isBefore(term.until()));
			if (inForce && this.table.find(agreement.id(), day).isEmpty()) {
				draft(agreement.id(), day, SYSTEM);
			}
		}
	}

	/** A mediator's summary, one bullet a line in each language. */
	DailyReport edit(String log, LocalDate day, String summaryEn, String summaryAr, RaqibUser user) {
		mediator(user, log);
		DailyReport report = find(log, day);
		ReportContent edited = report.content().withSummary(bullets("summaryEn", summaryEn),
				bullets("summaryAr", summaryAr));
		if (!this.table.edit(log, day, edited, user.getUsername())) {
			throw notDraft(log, day);
		}
		return find(log, day);
	}

	DailyReport approve(String log, LocalDate day, RaqibUser user) {
		mediator(user, log);
		if (!this.table.approve(log, day, this.clock.instant(), user.getUsername())) {
			throw notDraft(log, day);
		}
		return find(log, day);
	}

	/** Publishes an approved report: its documents and, in the record, their hashes. */
	Appended publish(String log, LocalDate day, RaqibUser user) {
		mediator(user, log);
		DailyReport report = find(log, day);
		if (report.state() != DailyReport.State.APPROVED) {
			throw new Rejected(HttpStatus.CONFLICT, "NOT_APPROVED", "only an approved report is published");
		}
		Instant now = this.clock.instant();
		var documents = new ReportTable.Documents(this.json.writeValueAsBytes(report.content()),
				this.pdf.render(report, "en", title(report, Locale.ENGLISH), now),
				this.pdf.render(report, "ar", title(report, Drafting.ARABIC), now), ReportCsv.of(report.content()));
		var publication = new Publication(day, report.number(), report.from(), report.until(),
				Publication.sha256(documents.document()), Publication.sha256(documents.pdfEn()),
				Publication.sha256(documents.pdfAr()), Publication.sha256(documents.csv()));
		return this.transactions.execute(status -> {
			if (!this.table.publish(log, day, documents)) {
				throw new Rejected(HttpStatus.CONFLICT, "NOT_APPROVED", "only an approved report is published");
			}
			return this.appending.append(log, ReportKinds.PUBLISHED, signer(log, user), user.getUsername(),
					publication.payload(), List.of());
		});
	}

	String title(DailyReport report, Locale locale) {
		return this.messages.getMessage("report.title", new Object[] { report.numbering(), report.day().toString() },
				locale);
	}

	DailyReport find(String log, LocalDate day) {
		return this.table.find(log, day).orElseThrow(() -> new NotFound("report " + log + " " + day));
	}

	List<DailyReport> recent(String log) {
		return this.table.of(log, 60);
	}

	private AgreementDefinition definition(String log) {
		return this.agreements.latest(log).orElseThrow(() -> new NotFound("agreement " + log)).definition();
	}

	/** The party the entry is signed for: the mediator's own, else the agreement's first mediator. */
	private String signer(String log, RaqibUser user) {
		AgreementDefinition definition = definition(log);
		var mediators = definition.parties().stream().filter(p -> p.roles().contains("mediator"))
			.map(AgreementDefinition.AgreementParty::party).toList();
		return user.grants().stream()
			.filter(g -> g.role() == Role.MEDIATOR && g.covers(log) && g.party() != null && mediators.contains(g.party()))
			.map(g -> g.party())
			.findFirst()
			.orElseGet(() -> mediators.isEmpty() ? definition.parties().get(0).party() : mediators.get(0));
	}

	private static void mediator(RaqibUser user, String log) {
		if (!user.holds(Role.MEDIATOR, log)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR", "only a mediator of " + log + " edits its reports");
		}
	}

	private static Rejected notDraft(String log, LocalDate day) {
		return new Rejected(HttpStatus.CONFLICT, "NOT_A_DRAFT", "the report of " + log + " for " + day
				+ " is approved or published; it no longer changes");
	}

	private static List<String> bullets(String field, @Nullable String text) {
		List<String> bullets = text == null ? List.of()
				: text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (bullets.size() > MAX_BULLETS) {
			throw InvalidInput.of(field, "report.summary.too-many", MAX_BULLETS);
		}
		for (int i = 0; i < bullets.size(); i++) {
			if (bullets.get(i).length() > MAX_BULLET) {
				throw InvalidInput.of(field, "report.summary.too-long", i + 1, MAX_BULLET);
			}
		}
		return bullets;
	}

}
