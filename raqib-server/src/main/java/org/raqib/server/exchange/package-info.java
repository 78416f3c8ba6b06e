/**
 * Exchanges of held persons: the lists a party submits for a round, the release rounds, each person's
 * path from listed to received (every step an entry signed by the party that performs it), and the
 * released counts the compliance engine weighs against the agreement's ratios and totals. Persons are
 * named only by reference; their data lives in the person module.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.exchange;
