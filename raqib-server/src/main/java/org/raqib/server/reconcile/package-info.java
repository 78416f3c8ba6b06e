/**
 * Reconciliation of two lists of persons whose names are spelled differently in Arabic, Latin and Hebrew
 * script: a party's list against another's, or a round's actual list against the agreed one. The names
 * are read from the person store (need-to-know, audited, for the reconciliation purpose), matched by
 * {@code raqib-text}'s name matcher, and shown as matched, probable and unmatched on either side; a
 * person of the room confirms or rejects each probable pair, and each decision is an entry naming the
 * persons by reference only. A module of its own, not part of {@code exchange}: it reads exchange lists
 * through their public API and records only its own decisions, and the same matching will serve other
 * named lists (movement's) without the exchange module knowing.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.reconcile;
