package org.raqib.server.agreement;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.raqib.server.agreement.AgreementDefinition.AgreementParty;
import org.raqib.server.agreement.AgreementDefinition.Names;
import org.raqib.server.agreement.AgreementDefinition.Phase;
import org.raqib.server.agreement.AgreementDefinition.Provision;
import org.raqib.server.agreement.AgreementDefinition.SourceDocument;
import org.raqib.server.record.NewLog;

/**
 * Reads an agreement file ({@code raqib: agreement/v1}, see {@code docs/agreement-file.md}) into its
 * definition, checking its form (every problem with its line and column) and its sense: known parties,
 * roles, measures, categories, zones and crossings; phases that do not overlap; obligations complete for
 * their kind.
 */
final class AgreementFileReader {

	static final String FORMAT = "agreement/v1";

	static final Pattern ID = Pattern.compile(NewLog.ID);

	static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");

	static final int MAX_TEXT = 600;

	private static final Set<String> TOP = Set.of("raqib", "id", "name", "signed", "time_zone", "entry_into_force",
			"status", "sources", "parties", "phases", "provisions", "obligations", "notes", "geography");

	/** What the agreement's geography defines, for checking references to it. */
	record Places(Set<String> zones, Set<String> crossings) {

		static final Places NONE = new Places(Set.of(), Set.of());

	}

	private final Predicate<String> knownParty;

	private final Places places;

	private final FileProblems problems = new FileProblems();

	AgreementFileReader(Predicate<String> knownParty, Places places) {
		this.knownParty = knownParty;
		this.places = places;
	}

	/** The definition, without its geography; every problem found is thrown at once. */
	AgreementDefinition read(String text) {
		YamlElement root = YamlElement.parse(text, this.problems);
		Map<String, YamlElement> top = root == null ? null : root.mapping(TOP);
		if (root == null || top == null) {
			this.problems.throwIfAny();
			throw new IllegalStateException("unreachable");
		}
		YamlElement format = YamlElement.get(top, "raqib", true, root);
		if (format != null && !FORMAT.equals(format.text())) {
			format.problem("agreement.file.format", FORMAT);
		}
		String id = text(top, "id", root, ID, "agreement.id.pattern");
		Names name = names(top, "name", root);
		LocalDate signed = date(top, "signed", root);
		ZoneId zone = zone(top, root);
		String entryIntoForce = entryIntoForce(top, root);
		String status = choice(top, "status", root, AgreementDefinition.STATUSES, true);
		List<SourceDocument> sources = sources(top, root);
		List<AgreementParty> parties = parties(top, root);
		Moments moments = zone == null || entryIntoForce == null ? null
				: new Moments(zone, Moments.localDateTime(entryIntoForce));
		List<Phase> phases = phases(top, root, moments);
		List<Provision> provisions = provisions(top, root);
		List<Names> notes = new ArrayList<>();
		YamlElement notesElement = YamlElement.get(top, "notes", false, root);
		if (notesElement != null) {
			notesElement.list().forEach(n -> notes.add(names(n)));
		}
		var obligations = new ObligationReader(this.problems, parties, phases, provisions, this.places, moments)
			.read(YamlElement.get(top, "obligations", false, root));
		this.problems.throwIfAny();
		return new AgreementDefinition(id, name, signed, zone.getId(), entryIntoForce, status, sources, parties, phases,
				provisions, obligations, notes, null);
	}

	/** The file names its geography (a GeoJSON file beside it) or null. */
	static @Nullable String geographyFile(String text) {
		var problems = new FileProblems();
		YamlElement root = YamlElement.parse(text, problems);
		Map<String, YamlElement> top = root == null ? null : root.mapping(Set.of());
		YamlElement file = top == null ? null : top.get("geography");
		return file == null ? null : file.text();
	}

	private @Nullable String text(Map<String, YamlElement> map, String key, YamlElement parent, Pattern pattern,
			String code) {
		YamlElement element = YamlElement.get(map, key, true, parent);
		return element == null ? null : element.text(pattern, code);
	}

	static @Nullable String plain(Map<String, YamlElement> map, String key, YamlElement parent, boolean required) {
		YamlElement element = YamlElement.get(map, key, required, parent);
		String value = element == null ? null : element.text();
		if (value != null && value.length() > MAX_TEXT) {
			element.problem("agreement.file.too-long", MAX_TEXT);
			return null;
		}
		return value;
	}

	private @Nullable LocalDate date(Map<String, YamlElement> map, String key, YamlElement parent) {
		YamlElement element = YamlElement.get(map, key, true, parent);
		return element == null ? null : element.date();
	}

	/** One of the allowed values, or null (the problem recorded). */
	static @Nullable String choice(Map<String, YamlElement> map, String key, YamlElement parent, List<String> allowed,
			boolean required) {
		YamlElement element = YamlElement.get(map, key, required, parent);
		String value = element == null ? null : element.text();
		if (value != null && !allowed.contains(value)) {
			element.problem("agreement.file.choice", value, String.join(", ", allowed));
			return null;
		}
		return value;
	}

	private @Nullable ZoneId zone(Map<String, YamlElement> top, YamlElement root) {
		YamlElement element = YamlElement.get(top, "time_zone", true, root);
		String value = element == null ? null : element.text();
		if (value == null) {
			return null;
		}
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			element.problem("agreement.time-zone.unknown", value);
			return null;
		}
	}

	private @Nullable String entryIntoForce(Map<String, YamlElement> top, YamlElement root) {
		YamlElement element = YamlElement.get(top, "entry_into_force", true, root);
		String value = element == null ? null : element.text();
		if (value == null) {
			return null;
		}
		try {
			Moments.localDateTime(value);
			return value;
		}
		catch (DateTimeException ex) {
			element.problem("agreement.entry-into-force.pattern", value);
			return null;
		}
	}

	static @Nullable Names names(Map<String, YamlElement> map, String key, YamlElement parent) {
		YamlElement element = YamlElement.get(map, key, true, parent);
		return element == null ? null : names(element);
	}

	static @Nullable Names names(YamlElement element) {
		Map<String, YamlElement> both = element.mapping(Set.of("en", "ar"));
		if (both == null) {
			return null;
		}
		String en = plain(both, "en", element, true);
		String ar = plain(both, "ar", element, true);
		return en == null || ar == null ? null : new Names(en, ar);
	}

	private List<SourceDocument> sources(Map<String, YamlElement> top, YamlElement root) {
		var result = new ArrayList<SourceDocument>();
		YamlElement list = YamlElement.get(top, "sources", false, root);
		for (YamlElement item : list == null ? List.<YamlElement>of() : list.list()) {
			Map<String, YamlElement> source = item.mapping(Set.of("title", "date", "link"));
			if (source == null) {
				continue;
			}
			String title = plain(source, "title", item, true);
			YamlElement dateElement = YamlElement.get(source, "date", false, item);
			LocalDate date = dateElement == null ? null : dateElement.date();
			String link = plain(source, "link", item, true);
			if (link != null && !isWebLink(link)) {
				source.get("link").problem("agreement.source.link", link);
				link = null;
			}
			if (title != null && link != null) {
				result.add(new SourceDocument(title, date, link));
			}
		}
		return result;
	}

	private static boolean isWebLink(String link) {
		try {
			URI uri = URI.create(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private List<AgreementParty> parties(Map<String, YamlElement> top, YamlElement root) {
		var result = new ArrayList<AgreementParty>();
		YamlElement list = YamlElement.get(top, "parties", true, root);
		var seen = new HashSet<String>();
		for (YamlElement item : list == null ? List.<YamlElement>of() : list.list()) {
			Map<String, YamlElement> party = item.mapping(Set.of("party", "roles"));
			if (party == null) {
				continue;
			}
			YamlElement codeElement = YamlElement.get(party, "party", true, item);
			String code = codeElement == null ? null : codeElement.text();
			if (code != null && !this.knownParty.test(code)) {
				codeElement.problem("agreement.party.unknown", code);
				code = null;
			}
			else if (code != null && !seen.add(code)) {
				codeElement.problem("agreement.party.duplicate", code);
				code = null;
			}
			var roles = new ArrayList<String>();
			YamlElement rolesElement = YamlElement.get(party, "roles", true, item);
			for (YamlElement role : rolesElement == null ? List.<YamlElement>of() : rolesElement.list()) {
				String value = role.text();
				if (value != null && !AgreementDefinition.ROLES.contains(value)) {
					role.problem("agreement.file.choice", value, String.join(", ", AgreementDefinition.ROLES));
				}
				else if (value != null && !roles.contains(value)) {
					roles.add(value);
				}
			}
			if (rolesElement != null && roles.isEmpty()) {
				rolesElement.problem("agreement.party.roles");
			}
			if (code != null && !roles.isEmpty()) {
				result.add(new AgreementParty(code, roles));
			}
		}
		if (list != null && result.stream().noneMatch(p -> p.roles().contains("mediator") || p.roles().contains("guarantor"))) {
			list.problem("agreement.parties.mediator");
		}
		return result;
	}

	private List<Phase> phases(Map<String, YamlElement> top, YamlElement root, @Nullable Moments moments) {
		var result = new ArrayList<Phase>();
		var spans = new ArrayList<Instant[]>();
		YamlElement list = YamlElement.get(top, "phases", false, root);
		var ids = new HashSet<String>();
		for (YamlElement item : list == null ? List.<YamlElement>of() : list.list()) {
			Map<String, YamlElement> phase = item.mapping(Set.of("id", "name", "start", "end"));
			if (phase == null) {
				continue;
			}
			String id = text(phase, "id", item, LOCAL_ID, "agreement.file.id");
			if (id != null && !ids.add(id)) {
				phase.get("id").problem("agreement.file.id-duplicate", id);
			}
			Names name = names(phase, "name", item);
			String start = plain(phase, "start", item, true);
			String end = plain(phase, "end", item, true);
			Instant from = moment(phase.get("start"), start, moments, false);
			Instant to = moment(phase.get("end"), end, moments, true);
			if (from != null && to != null && !from.isBefore(to)) {
				item.problem("agreement.phase.order", id);
			}
			else if (from != null && to != null) {
				for (int i = 0; i < spans.size(); i++) {
					if (from.isBefore(spans.get(i)[1]) && spans.get(i)[0].isBefore(to)) {
						item.problem("agreement.phase.overlap", id, result.get(i).id());
					}
				}
				spans.add(new Instant[] { from, to });
			}
			if (id != null && name != null && start != null && end != null) {
				result.add(new Phase(id, name, start, end));
			}
		}
		return result;
	}

	static @Nullable Instant moment(@Nullable YamlElement element, @Nullable String text, @Nullable Moments moments,
			boolean end) {
		if (element == null || text == null || moments == null) {
			return null;
		}
		Instant instant = end ? moments.end(text) : moments.start(text);
		if (instant == null) {
			element.problem("agreement.moment.pattern", text);
		}
		return instant;
	}

	private List<Provision> provisions(Map<String, YamlElement> top, YamlElement root) {
		var result = new ArrayList<Provision>();
		YamlElement list = YamlElement.get(top, "provisions", true, root);
		var ids = new HashSet<String>();
		for (YamlElement item : list == null ? List.<YamlElement>of() : list.list()) {
			Map<String, YamlElement> provision = item.mapping(Set.of("id", "text", "source"));
			if (provision == null) {
				continue;
			}
			String id = text(provision, "id", item, LOCAL_ID, "agreement.file.id");
			if (id != null && !ids.add(id)) {
				provision.get("id").problem("agreement.file.id-duplicate", id);
			}
			Names text = names(provision, "text", item);
			String source = plain(provision, "source", item, true);
			if (id != null && text != null && source != null) {
				result.add(new Provision(id, text, source));
			}
		}
		return result;
	}

}
