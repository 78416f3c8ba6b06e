package org.raqib.server.exchange;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a round's page shows: the round and its timeline, expected against actual by party and category,
 * the ratio obligations' figures for the round, handover progress, and every step with its log index.
 */
public record RoundView(ReleaseRound round, List<ReleaseRound.Change> changes, List<ExchangeList> lists,
		List<PartyProgress> parties, List<RatioRow> ratios, List<PathEvent> events, @Nullable Instant firstRelease,
		@Nullable Instant lastRelease, java.util.Map<Long, List<org.raqib.server.record.Response>> responses) {

	/** The parties' confirmations and disputes of one of the round's entries. */
	public List<org.raqib.server.record.Response> responsesTo(long index) {
		return this.responses.getOrDefault(index, List.of());
	}

	/**
	 * One custodian's persons in the round.
	 * @param released handed over by the intermediary (and received, or remains returned).
	 */
	public record PartyProgress(String party, int listed, int released, int received, int withdrawn,
			List<CategoryRow> categories) {

		/** Released of those still to go, as a percentage. */
		public int percent() {
			int due = this.listed - this.withdrawn;
			return due == 0 ? 0 : (int) Math.round(100.0 * this.released / due);
		}

	}

	public record CategoryRow(Category category, int listed, int released, int received, int withdrawn) {
	}

	/**
	 * A ratio obligation's figure for the round: so many due for those counted, so many released.
	 * @param status the obligation's status overall (its figures for every round together).
	 */
	public record RatioRow(String obligation, String responsible, long expected, long actual, String status) {

		public long owed() {
			return Math.max(0, this.expected - this.actual);
		}

		public String statusKey() {
			return "compliance.status." + this.status;
		}

		public String statusClass() {
			return this.status.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
