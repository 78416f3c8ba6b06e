package org.raqib.server.reconcile;

/**
 * A list a reconciliation may compare: a list handed over in the exchange, or one written for
 * reconciliation only.
 */
record Reconcilable(String listId, String party, int persons, Source source) {

	enum Source {
		EXCHANGE, RECONCILIATION
	}

}
