package org.raqib.server.agreement.compliance;

/** {@link AsOf#includes} and the withdrawals' rule, on a fact's index, time and withdrawal as columns hold them. */
final class ViewFilter {

	private final AsOf.View view;

	private final long index;

	private final long at;

	ViewFilter(AsOf asOf) {
		this.view = asOf.view();
		this.index = asOf.index();
		this.at = Micros.floor(asOf.at());
	}

	boolean latest() {
		return this.view == AsOf.View.LATEST;
	}

	/**
	 * Whether a fact counts: as recorded up to an index, a fact recorded by then and not yet withdrawn then;
	 * otherwise a fact never withdrawn (and, as of an event time, occurred by then).
	 */
	boolean counts(long factIndex, long occurred, long withdrawnBy) {
		switch (this.view) {
			case RECORDED:
				return factIndex <= this.index && withdrawnBy > this.index;
			case EVENT:
				return withdrawnBy == FactColumns.KEPT && occurred <= this.at;
			default:
				return withdrawnBy == FactColumns.KEPT;
		}
	}

	/** No fact with a higher index counts, so a scan in index order may stop there. */
	long lastIndex() {
		return this.view == AsOf.View.RECORDED ? this.index : Long.MAX_VALUE;
	}

}
