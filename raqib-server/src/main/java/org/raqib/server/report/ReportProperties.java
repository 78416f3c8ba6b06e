package org.raqib.server.report;

import java.time.LocalTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily report's settings ({@code raqib.report.*}).
 *
 * @param cutOff the time of day, in each agreement's time zone, a report's period ends (19:30, as the
 *     OSCE's daily reports had it).
 * @param cutOffs an agreement's own cut-off, by agreement.
 * @param autoDraft whether a report is drafted by itself at each agreement's cut-off.
 */
@ConfigurationProperties("raqib.report")
public record ReportProperties(@Nullable LocalTime cutOff, @Nullable Map<String, LocalTime> cutOffs,
		@Nullable Boolean autoDraft) {

	static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(19, 30);

	public ReportProperties {
		cutOff = cutOff == null ? DEFAULT_CUT_OFF : cutOff;
		cutOffs = cutOffs == null ? Map.of() : Map.copyOf(cutOffs);
		autoDraft = autoDraft == null || autoDraft;
	}

	LocalTime cutOff(String agreement) {
		return this.cutOffs.getOrDefault(agreement, this.cutOff);
	}

}
