package org.raqib.server.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.AgreementDefinition.AgreementParty;
import org.raqib.server.agreement.AgreementDefinition.Counted;
import org.raqib.server.agreement.AgreementDefinition.ObligationTerms;
import org.raqib.server.agreement.AgreementDefinition.Phase;
import org.raqib.server.agreement.AgreementDefinition.Provision;
import org.raqib.server.agreement.AgreementFileReader.Places;
import org.raqib.server.agreement.MeasureCatalogue.Dimension;

/** Reads the {@code obligations} of an agreement file, each checked against what its kind needs. */
final class ObligationReader {

	static final List<String> KINDS = List.of("quota", "ratio", "total", "deadline", "zone-restriction", "cessation");

	static final List<String> TIMINGS = List.of("done-by", "not-before", "ahead-of");

	private static final Set<String> KEYS = Set.of("id", "kind", "provision", "responsible", "during", "from", "until",
			"count", "at_least", "per", "unit", "for_each", "ratio", "group_by", "timing", "at", "before_each", "lead",
			"match_on", "zone");

	private final FileProblems problems;

	private final List<AgreementParty> parties;

	private final List<Phase> phases;

	private final List<Provision> provisions;

	private final Places places;

	private final @Nullable Moments moments;

	ObligationReader(FileProblems problems, List<AgreementParty> parties, List<Phase> phases,
			List<Provision> provisions, Places places, @Nullable Moments moments) {
		this.problems = problems;
		this.parties = parties;
		this.phases = phases;
		this.provisions = provisions;
		this.places = places;
		this.moments = moments;
	}

	List<ObligationTerms> read(@Nullable YamlElement list) {
		var result = new ArrayList<ObligationTerms>();
		var ids = new HashSet<String>();
		for (YamlElement item : list == null ? List.<YamlElement>of() : list.list()) {
			Map<String, YamlElement> map = item.mapping(KEYS);
			if (map == null) {
				continue;
			}
			String id = id(map, item);
			if (id != null && !ids.add(id)) {
				map.get("id").problem("agreement.file.id-duplicate", id);
			}
			ObligationTerms terms = terms(map, item, id);
			if (terms != null) {
				result.add(terms);
			}
		}
		return result;
	}

	private @Nullable String id(Map<String, YamlElement> map, YamlElement item) {
		YamlElement element = YamlElement.get(map, "id", true, item);
		return element == null ? null : element.text(AgreementFileReader.LOCAL_ID, "agreement.file.id");
	}

	private @Nullable ObligationTerms terms(Map<String, YamlElement> map, YamlElement item, @Nullable String id) {
		String kind = AgreementFileReader.choice(map, "kind", item, KINDS, true);
		String provision = reference(map, "provision", item,
				this.provisions.stream().map(Provision::id).toList(), "agreement.provision.unknown");
		String responsible = reference(map, "responsible", item,
				this.parties.stream().map(AgreementParty::party).toList(), "agreement.party.not-in-agreement");
		String during = optionalReference(map, "during", item, this.phases.stream().map(Phase::id).toList(),
				"agreement.phase.unknown");
		String from = moment(map, "from", item, false);
		String until = moment(map, "until", item, true);
		if (during != null && (from != null || until != null)) {
			item.problem("agreement.obligation.window");
		}
		Counted count = counted(map, "count", item, true);
		var terms = new KindTerms();
		if (kind != null) {
			readKind(kind, map, item, terms, count);
		}
		if (id == null || kind == null || provision == null || responsible == null || count == null
				|| !terms.complete) {
			return null;
		}
		return new ObligationTerms(id, kind, provision, responsible, during, from, until, count, terms.atLeast,
				terms.per, terms.unit, terms.forEach, terms.ratio, terms.groupBy, terms.timing, terms.at,
				terms.beforeEach, terms.lead, terms.matchOn, terms.zone);
	}

	/** The fields that only some kinds have. */
	private static final class KindTerms {

		boolean complete = true;

		@Nullable Long atLeast;

		@Nullable String per;

		@Nullable String unit;

		@Nullable Counted forEach;

		@Nullable Long ratio;

		@Nullable String groupBy;

		@Nullable String timing;

		@Nullable String at;

		@Nullable Counted beforeEach;

		@Nullable String lead;

		@Nullable String matchOn;

		@Nullable String zone;

		<T> @Nullable T need(@Nullable T value) {
			this.complete &= value != null;
			return value;
		}

	}

	private void readKind(String kind, Map<String, YamlElement> map, YamlElement item, KindTerms t,
			@Nullable Counted count) {
		var allowed = new HashSet<>(Set.of("id", "kind", "provision", "responsible", "during", "from", "until", "count"));
		switch (kind) {
			case "quota":
				allowed.addAll(Set.of("at_least", "per", "unit"));
				t.atLeast = t.need(number(map, "at_least", item));
				t.per = t.need(AgreementFileReader.choice(map, "per", item, List.of("day", "window"), true));
				t.unit = t.need(AgreementFileReader.plain(map, "unit", item, true));
				break;
			case "total":
				allowed.addAll(Set.of("at_least", "unit"));
				t.atLeast = t.need(number(map, "at_least", item));
				t.unit = t.need(AgreementFileReader.plain(map, "unit", item, true));
				break;
			case "ratio":
				allowed.addAll(Set.of("for_each", "ratio", "group_by"));
				t.forEach = t.need(counted(map, "for_each", item, true));
				t.ratio = t.need(number(map, "ratio", item));
				t.groupBy = dimensionName(map, "group_by", item, count);
				requireCategory(item, count, "count");
				requireCategory(item, t.forEach, "for_each");
				break;
			case "deadline":
				readDeadline(map, item, t, allowed, count);
				break;
			case "zone-restriction":
				allowed.add("zone");
				t.zone = t.need(reference(map, "zone", item, List.copyOf(this.places.zones()), "agreement.zone.unknown"));
				break;
			default:
				break;
		}
		for (String key : map.keySet()) {
			if (!allowed.contains(key)) {
				map.get(key).problem("agreement.obligation.key", key, kind);
				t.complete = false;
			}
		}
	}

	private void readDeadline(Map<String, YamlElement> map, YamlElement item, KindTerms t, Set<String> allowed,
			@Nullable Counted count) {
		allowed.add("timing");
		t.timing = t.need(AgreementFileReader.choice(map, "timing", item, TIMINGS, true));
		if ("ahead-of".equals(t.timing)) {
			allowed.addAll(Set.of("before_each", "lead", "match_on"));
			t.beforeEach = t.need(counted(map, "before_each", item, true));
			String lead = AgreementFileReader.plain(map, "lead", item, true);
			if (lead != null && Moments.lead(lead) == null) {
				map.get("lead").problem("agreement.lead.pattern", lead);
				lead = null;
			}
			t.lead = t.need(lead);
			t.matchOn = dimensionName(map, "match_on", item, t.beforeEach);
		}
		else if (t.timing != null) {
			allowed.add("at");
			t.at = t.need(moment(map, "at", item, "done-by".equals(t.timing)));
			if (t.at == null && !map.containsKey("at")) {
				item.problem("agreement.file.required", item.path() + ".at");
			}
		}
	}

	private void requireCategory(YamlElement item, @Nullable Counted counted, String field) {
		if (counted != null && MeasureCatalogue.CATEGORIES.stream().noneMatch(counted.where()::containsKey)) {
			item.problem("agreement.ratio.category", field);
		}
	}

	private @Nullable Counted counted(Map<String, YamlElement> map, String key, YamlElement item, boolean required) {
		YamlElement element = YamlElement.get(map, key, required, item);
		Map<String, YamlElement> counted = element == null ? null : element.mapping(Set.of("measure", "where"));
		if (counted == null) {
			return null;
		}
		String measure = AgreementFileReader.plain(counted, "measure", element, true);
		if (measure != null && !MeasureCatalogue.MEASURES.containsKey(measure)) {
			counted.get("measure").problem("agreement.measure.unknown", measure,
					String.join(", ", MeasureCatalogue.MEASURES.keySet().stream().sorted().toList()));
			return null;
		}
		var where = new LinkedHashMap<String, String>();
		YamlElement whereElement = counted.get("where");
		Map<String, YamlElement> filter = whereElement == null ? Map.of() : whereElement.mapping(Set.of());
		boolean valid = measure != null;
		for (var entry : filter == null ? Map.<String, YamlElement>of().entrySet() : filter.entrySet()) {
			String value = entry.getValue().text();
			valid &= value != null && measure != null && checkValue(measure, entry.getKey(), value, entry.getValue());
			if (value != null) {
				where.put(entry.getKey(), value);
			}
		}
		return valid ? new Counted(measure, where) : null;
	}

	private boolean checkValue(String measure, String name, String value, YamlElement element) {
		Dimension dimension = MeasureCatalogue.dimension(measure, name).orElse(null);
		if (dimension == null) {
			element.problem("agreement.dimension.unknown", name, measure);
			return false;
		}
		boolean ok;
		String code;
		switch (dimension.values()) {
			case PARTY:
				ok = this.parties.stream().anyMatch(p -> p.party().equals(value));
				code = "agreement.party.not-in-agreement";
				break;
			case ZONE:
				ok = this.places.zones().contains(value);
				code = "agreement.zone.unknown";
				break;
			case CROSSING:
				ok = this.places.crossings().contains(value);
				code = "agreement.crossing.unknown";
				break;
			case NUMBER:
				ok = value.matches("[1-9][0-9]{0,5}");
				code = "agreement.file.number";
				break;
			case NAME:
				ok = MeasureCatalogue.NAME.matcher(value).matches();
				code = "agreement.file.id";
				break;
			default:
				ok = dimension.listed().contains(value);
				code = "agreement.category.unknown";
				break;
		}
		if (!ok) {
			element.problem(code, value, String.join(", ", dimension.listed()));
		}
		return ok;
	}

	private @Nullable String dimensionName(Map<String, YamlElement> map, String key, YamlElement item,
			@Nullable Counted counted) {
		YamlElement element = map.get(key);
		String value = element == null ? null : element.text();
		if (value != null && counted != null && MeasureCatalogue.dimension(counted.measure(), value).isEmpty()) {
			element.problem("agreement.dimension.unknown", value, counted.measure());
			return null;
		}
		return value;
	}

	private @Nullable Long number(Map<String, YamlElement> map, String key, YamlElement item) {
		YamlElement element = YamlElement.get(map, key, true, item);
		return element == null ? null : element.number(1);
	}

	private @Nullable String reference(Map<String, YamlElement> map, String key, YamlElement item, List<String> known,
			String code) {
		YamlElement element = YamlElement.get(map, key, true, item);
		String value = element == null ? null : element.text();
		if (value != null && !known.contains(value)) {
			element.problem(code, value, String.join(", ", known));
			return null;
		}
		return value;
	}

	private @Nullable String optionalReference(Map<String, YamlElement> map, String key, YamlElement item,
			List<String> known, String code) {
		return map.containsKey(key) ? reference(map, key, item, known, code) : null;
	}

	private @Nullable String moment(Map<String, YamlElement> map, String key, YamlElement item, boolean end) {
		YamlElement element = map.get(key);
		String text = element == null ? null : element.text();
		return AgreementFileReader.moment(element, text, this.moments, end) == null ? null : text;
	}

}
