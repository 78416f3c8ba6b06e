package org.raqib.server.report;

import java.util.List;
import java.util.Map;

import org.raqib.server.access.RaqibUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures as JSON: the same charts the page draws, and each obligation's status. */
@RestController
class DashboardApi {

	private final DashboardPages pages;

	DashboardApi(DashboardPages pages) {
		this.pages = pages;
	}

	/** One obligation on the dashboard. */
	record ObligationStatus(String id, String kind, String status, List<Long> evidence) {
	}

	/** The dashboard: the log's size, the obligations and the charts. */
	record Answer(String agreement, long size, List<ObligationStatus> obligations, List<DashboardChart> charts,
			List<Map<String, Object>> feed) {
	}

	@GetMapping("/api/v1/agreements/{id}/dashboard")
	Answer dashboard(@PathVariable String id, @AuthenticationPrincipal RaqibUser user) {
		Dashboard d = this.pages.dashboard(id, user);
		var obligations = d.cards().stream()
			.map(c -> new ObligationStatus(c.judged().terms().id(), c.judged().terms().kind(),
					c.judged().assessment().status().name(), c.evidence()))
			.toList();
		var feed = d.feed().stream()
			.map(f -> Map.<String, Object>of("index", f.index(), "kind", f.kind(), "party", f.party(), "recordedAt",
					f.recordedAt().toString()))
			.toList();
		return new Answer(d.agreement(), d.size(), obligations, d.charts(), feed);
	}

}
