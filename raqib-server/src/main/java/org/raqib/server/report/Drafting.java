package org.raqib.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.raqib.server.agreement.AgreementDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Drafts a day's report: its period from the agreement's cut-off, then every {@link ReportSection} in
 * order, each line resolved in English and in Arabic, the parts' summary lines first as bullets.
 */
@Component
class Drafting {

	static final Locale ARABIC = Locale.forLanguageTag("ar");

	private final List<ReportSection> sections;

	private final MessageSource messages;

	private final ReportProperties properties;

	Drafting(List<ReportSection> sections, MessageSource messages, ReportProperties properties) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
		this.messages = messages;
		this.properties = properties;
	}

	/** The period the day's report covers: the day before's cut-off to the day's. */
	ReportPeriod period(String agreement, AgreementDefinition definition, LocalDate day) {
		ZoneId zone = ZoneId.of(definition.timeZone());
		LocalTime cutOff = this.properties.cutOff(agreement);
		Instant until = day.atTime(cutOff).atZone(zone).toInstant();
		Instant from = day.minusDays(1).atTime(cutOff).atZone(zone).toInstant();
		Instant previousFrom = day.minusDays(2).atTime(cutOff).atZone(zone).toInstant();
		return new ReportPeriod(agreement, definition, zone, day, from, until, previousFrom);
	}

	/** The day whose cut-off is the latest before {@code now}: today after the cut-off, yesterday before. */
	LocalDate lastCutOffDay(String agreement, AgreementDefinition definition, Instant now) {
		ZoneId zone = ZoneId.of(definition.timeZone());
		var local = now.atZone(zone);
		LocalDate today = local.toLocalDate();
		return local.toLocalTime().isBefore(this.properties.cutOff(agreement)) ? today.minusDays(1) : today;
	}

	ReportContent content(ReportPeriod period) {
		var summaryEn = new ArrayList<String>();
		var summaryAr = new ArrayList<String>();
		var parts = new ArrayList<ReportContent.Part>();
		for (ReportSection section : this.sections) {
			Optional<ReportPart> drafted = section.draft(period);
			if (drafted.isEmpty()) {
				continue;
			}
			ReportPart part = drafted.get();
			summaryEn.addAll(texts(part.summary(), Locale.ENGLISH));
			summaryAr.addAll(texts(part.summary(), ARABIC));
			parts.add(new ReportContent.Part(part.id(), text(part.headingKey(), Locale.ENGLISH),
					text(part.headingKey(), ARABIC), texts(part.lines(), Locale.ENGLISH), texts(part.lines(), ARABIC),
					part.columnKeys().stream().map(k -> text(k, Locale.ENGLISH)).toList(),
					part.columnKeys().stream().map(k -> text(k, ARABIC)).toList(), part.rows()));
		}
		AgreementDefinition.Names name = period.definition().name();
		return new ReportContent(name.en(), name.ar(), summaryEn, summaryAr, parts);
	}

	private List<String> texts(List<ReportPart.Line> lines, Locale locale) {
		return lines.stream()
			.map(line -> this.messages.getMessage(line.key(), line.arguments().toArray(), locale))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
