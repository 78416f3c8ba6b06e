package org.raqib.server.osint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.compliance.Fact;
import org.raqib.server.agreement.compliance.Facts;
import org.springframework.stereotype.Service;

/**
 * Flags news claims the record contradicts. "Same time" is the claim's day in the agreement's zone: a day's
 * figure is compared with the facts that occurred that day; a cumulative claim ({@link Cumulative}) with every
 * fact up to the end of that day. A claim is compared only when the record has facts for it (no facts: the
 * record says nothing, which is not a contradiction), and contradicts it when the record's figure falls
 * outside what the claim says: not equal to an exact figure, not above "more than", outside a range, more
 * than a tenth away from "about". Vague claims ("dozens") are never flagged. Rejected claims are not flagged.
 */
@Service
public class Discrepancies {

	private final ClaimTable claims;

	private final ArticleTable articles;

	private final Facts facts;

	private final Ingesting ingesting;

	Discrepancies(ClaimTable claims, ArticleTable articles, Facts facts, Ingesting ingesting) {
		this.claims = claims;
		this.articles = articles;
		this.facts = facts;
		this.ingesting = ingesting;
	}

	/**
	 * The open discrepancies of an agreement: claims not rejected that the record contradicts, latest days first;
	 * an article that repeats a figure (its title and its text) is listed once for it.
	 */
	public List<Discrepancy> open(String log) {
		ZoneId zone = this.ingesting.zone(log);
		var found = new ArrayList<Discrepancy>();
		var seen = new java.util.HashSet<List<Object>>();
		for (NewsClaim claim : this.claims.comparable(log, RecordMeasures.newsMeasures())) {
			if (seen.add(List.of(claim.article(), claim.measure(), String.valueOf(claim.amount()), String.valueOf(claim.day()),
					claim.cumulative()))) {
				compare(claim, zone).ifPresent(found::add);
			}
		}
		return found;
	}

	/** The discrepancies among an article's claims. */
	List<Discrepancy> of(List<NewsClaim> articleClaims) {
		if (articleClaims.isEmpty()) {
			return List.of();
		}
		ZoneId zone = this.ingesting.zone(articleClaims.get(0).log());
		var found = new ArrayList<Discrepancy>();
		for (NewsClaim claim : articleClaims) {
			if (!NewsClaim.REJECTED.equals(claim.decision())) {
				compare(claim, zone).ifPresent(found::add);
			}
		}
		return found;
	}

	/** Discrepancies whose record figure comes from the entry at {@code index}. */
	List<Discrepancy> citing(String log, long index) {
		return open(log).stream().filter(d -> d.evidence().contains(index)).toList();
	}

	private Optional<Discrepancy> compare(NewsClaim claim, ZoneId zone) {
		var mapping = RecordMeasures.of(claim.measure()).orElse(null);
		LocalDate day = claim.day();
		if (mapping == null || day == null || claim.amount() == null) {
			return Optional.empty();
		}
		Instant from = claim.cumulative() ? Instant.EPOCH : day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		List<Fact> counted = this.facts.counting(claim.log(), mapping.measure(), from, to).stream()
			.filter(mapping.counts())
			.toList();
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		long recorded = counted.stream().mapToLong(Fact::quantity).sum();
		if (!contradicts(claim.bound(), claim.amount(), claim.upper(), recorded)) {
			return Optional.empty();
		}
		NewsArticle article = this.articles.find(claim.log(), claim.article()).orElse(null);
		if (article == null) {
			return Optional.empty();
		}
		return Optional.of(new Discrepancy(claim, article, mapping.measure(), day, recorded,
				counted.stream().map(Fact::index).distinct().toList()));
	}

	static boolean contradicts(String bound, long value, @Nullable Long upper, long recorded) {
		switch (bound) {
			case "EXACT":
				return recorded != value;
			case "MORE_THAN":
				return recorded <= value;
			case "AT_LEAST":
				return recorded < value;
			case "LESS_THAN":
				return recorded >= value;
			case "AT_MOST":
				return recorded > value;
			case "ABOUT":
				return Math.abs(recorded - value) * 10 > value;
			case "RANGE":
				return recorded < value || (upper != null && recorded > upper);
			default:
				return false;
		}
	}

}
