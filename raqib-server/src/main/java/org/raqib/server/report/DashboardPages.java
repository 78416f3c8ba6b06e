package org.raqib.server.report;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.AgreementCompliance;
import org.raqib.server.agreement.compliance.AsOf;
import org.raqib.server.record.LogReader;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.Rejected;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * An agreement's dashboard: the page, and its live part, which the page asks for every few seconds and
 * which is answered with nothing (204, htmx keeps what it has) while the log has not grown.
 */
@Controller
class DashboardPages {

	static final Duration FRESH = Duration.ofSeconds(15);

	private final AgreementCompliance compliance;

	private final List<DashboardSection> sections;

	private final LogReader reader;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final ConcurrentMap<String, Dashboard> latest = new ConcurrentHashMap<>();

	DashboardPages(AgreementCompliance compliance, List<DashboardSection> sections, LogReader reader,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.compliance = compliance;
		this.sections = sections;
		this.reader = reader;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/agreements/{id}/dashboard")
	String page(@PathVariable String id, @AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		fill(model, dashboard(id, user), locale);
		return "report/dashboard";
	}

	@GetMapping("/agreements/{id}/dashboard/live")
	Object live(@PathVariable String id, @RequestParam(required = false) @Nullable Long size,
			@AuthenticationPrincipal RaqibUser user, Locale locale, Model model) {
		room(id, user);
		if (size != null && size == this.reader.summary(id).size()) {
			return ResponseEntity.noContent().build();
		}
		fill(model, dashboard(id, user), locale);
		return "report/dashboard :: live";
	}

	/**
	 * The agreement's dashboard: computed again when the log has grown or the last one is {@link #FRESH}
	 * old (statuses move with time), else the last one, so a room full of screens costs one computation.
	 */
	Dashboard dashboard(String id, @Nullable RaqibUser user) {
		room(id, user);
		long size = this.reader.summary(id).size();
		return this.latest.compute(id, (agreement, last) -> {
			var now = this.clock.instant();
			if (last != null && last.size() == size && last.at().plus(FRESH).isAfter(now)) {
				return last;
			}
			return Dashboard.of(this.compliance.report(id, AsOf.latest(now)), this.sections, this.reader, now);
		});
	}

	private void fill(Model model, Dashboard dashboard, Locale locale) {
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("charts", ChartView.of(dashboard.charts(), this.messages, this.json, locale));
	}

	static void room(String id, @Nullable RaqibUser user) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its dashboard");
		}
	}

}
