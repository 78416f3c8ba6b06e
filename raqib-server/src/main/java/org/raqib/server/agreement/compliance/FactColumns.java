package org.raqib.server.agreement.compliance;

import java.util.Arrays;

/**
 * Every fact of one log as columns, ordered by log index and then by the fact's ordinal within its entry:
 * what tallies point into and what views as of an index or a time scan. A withdrawn fact stays, marked
 * with the index of the entry that withdrew it, because a view as recorded before that entry still
 * counts it.
 */
final class FactColumns {

	/** The withdrawal mark of a fact never withdrawn. */
	static final long KEPT = Long.MAX_VALUE;

	private long[] index = new long[64];

	private int[] ord = new int[64];

	private long[] occurred = new long[64];

	private long[] quantity = new long[64];

	private long[] withdrawnBy = new long[64];

	private int[] shape = new int[64];

	private int size;

	int size() {
		return this.size;
	}

	long index(int position) {
		return this.index[position];
	}

	long occurred(int position) {
		return this.occurred[position];
	}

	long quantity(int position) {
		return this.quantity[position];
	}

	long withdrawnBy(int position) {
		return this.withdrawnBy[position];
	}

	int shape(int position) {
		return this.shape[position];
	}

	boolean counts(int position, ViewFilter view) {
		return view.counts(this.index[position], this.occurred[position], this.withdrawnBy[position]);
	}

	/** The position of the fact {@code (index, ord)}, or {@code -(where it would go) - 1}. */
	int find(long factIndex, int factOrd) {
		if (this.size == 0 || compare(this.size - 1, factIndex, factOrd) < 0) {
			return -this.size - 1;
		}
		int low = 0;
		int high = this.size - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int c = compare(middle, factIndex, factOrd);
			if (c < 0) {
				low = middle + 1;
			}
			else if (c > 0) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -low - 1;
	}

	/** The first position whose index is not below {@code factIndex}. */
	int firstOf(long factIndex) {
		int found = find(factIndex, Integer.MIN_VALUE);
		return found >= 0 ? found : -found - 1;
	}

	void insert(int at, long factIndex, int factOrd, long when, long howMany, int shapeId, long withdrawn) {
		if (this.size == this.index.length) {
			grow();
		}
		if (at < this.size) {
			int moved = this.size - at;
			System.arraycopy(this.index, at, this.index, at + 1, moved);
			System.arraycopy(this.ord, at, this.ord, at + 1, moved);
			System.arraycopy(this.occurred, at, this.occurred, at + 1, moved);
			System.arraycopy(this.quantity, at, this.quantity, at + 1, moved);
			System.arraycopy(this.withdrawnBy, at, this.withdrawnBy, at + 1, moved);
			System.arraycopy(this.shape, at, this.shape, at + 1, moved);
		}
		this.index[at] = factIndex;
		this.ord[at] = factOrd;
		this.occurred[at] = when;
		this.quantity[at] = howMany;
		this.withdrawnBy[at] = withdrawn;
		this.shape[at] = shapeId;
		this.size++;
	}

	void withdraw(int position, long by) {
		this.withdrawnBy[position] = by;
	}

	void clear() {
		this.size = 0;
	}

	private int compare(int position, long factIndex, int factOrd) {
		int c = Long.compare(this.index[position], factIndex);
		return c != 0 ? c : Integer.compare(this.ord[position], factOrd);
	}

	private void grow() {
		int capacity = this.index.length * 2;
		this.index = Arrays.copyOf(this.index, capacity);
		this.ord = Arrays.copyOf(this.ord, capacity);
		this.occurred = Arrays.copyOf(this.occurred, capacity);
		this.quantity = Arrays.copyOf(this.quantity, capacity);
		this.withdrawnBy = Arrays.copyOf(this.withdrawnBy, capacity);
		this.shape = Arrays.copyOf(this.shape, capacity);
	}

}
