package org.raqib.server.reconcile;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;

/**
 * Two lists reconciled: every person of either list in one row, paired or alone. Holds personal data:
 * shown only to the reader the person store let read it, never kept.
 */
record ReconciledLists(Reconcilable left, Reconcilable right, List<Row> rows) {

	/** Where a row stands: {@code matched}, {@code probable}, {@code left-only} or {@code right-only}. */
	enum Standing {

		MATCHED, PROBABLE, LEFT_ONLY, RIGHT_ONLY;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** One person of a list, by reference and with their data. */
	record Person(PersonRef ref, PersonData data) {
	}

	/**
	 * A pair, or a person left alone on their side.
	 * @param score in thousandths; 0 for a person alone.
	 * @param reasons the matcher's reason codes.
	 */
	record Row(Standing standing, @Nullable Person left, @Nullable Person right, int score, List<String> reasons,
			DecisionTable.@Nullable Decided decided) {

		Row {
			reasons = List.copyOf(reasons);
		}

		public String standingCode() {
			return this.standing.code();
		}

		/** The score as a percentage for the page. */
		public int percent() {
			return Math.round(this.score / 10f);
		}

	}

	List<Row> of(Standing standing) {
		return this.rows.stream().filter(r -> r.standing() == standing).toList();
	}

	public List<Row> matched() {
		return of(Standing.MATCHED);
	}

	public List<Row> probable() {
		return of(Standing.PROBABLE);
	}

	public List<Row> leftOnly() {
		return of(Standing.LEFT_ONLY);
	}

	public List<Row> rightOnly() {
		return of(Standing.RIGHT_ONLY);
	}

}
