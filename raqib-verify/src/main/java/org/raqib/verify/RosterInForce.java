package org.raqib.verify;

import org.raqib.tlog.Roster;

/**
 * The roster that verifies entries after the roster entry at {@code index}, which put it in force.
 *
 * @param index the index of the roster entry
 * @param roster the parsed roster
 * @param text its exact text, the roster entry's payload
 */
record RosterInForce(long index, Roster roster, String text) {
}
