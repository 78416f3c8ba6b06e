package org.raqib.verify;

import java.util.List;
import java.util.OptionalLong;

import org.raqib.tlog.Ed25519KeyPair;
import org.raqib.tlog.Roster;
import org.raqib.tlog.RosterKey;
import org.raqib.tlog.RosterParty;
import org.raqib.tlog.SignerKey;

/**
 * The keys of the test logs, from fixed seeds so that two logs built alike are byte for byte the same
 * until they are made to differ: the log's key, the mediator's, and two sides, each with a custodial key
 * the server holds; side A also holds a key of its own.
 */
final class TestKeys {

    static final String ORIGIN = "ceasefire.example/log/test";
    static final String MEDIATOR_PARTY = "mediator.example";
    static final String SIDE_A = "party-a.example";
    static final String SIDE_B = "party-b.example";

    static final SignerKey LOG = key(ORIGIN, 1);
    /** Another key with the log's name: what an impostor would sign with. */
    static final SignerKey IMPOSTOR = key(ORIGIN, 99);
    static final SignerKey MEDIATOR = key(MEDIATOR_PARTY + "/custodial", 2);
    static final SignerKey A_CUSTODIAL = key(SIDE_A + "/custodial", 3);
    static final SignerKey A_OWN = key(SIDE_A + "/ops", 4);
    static final SignerKey B_CUSTODIAL = key(SIDE_B + "/custodial", 5);
    /** A key of side B that no roster lists until a test adds it. */
    static final SignerKey B_OWN = key(SIDE_B + "/field", 6);

    private TestKeys() {
    }

    static String vkey() {
        return LOG.verifierKey().encode();
    }

    /** The genesis roster: the mediator, and the two sides with their keys, all valid from index 0. */
    static Roster genesisRoster() {
        return roster(List.of(
                new RosterKey(MEDIATOR_PARTY, MEDIATOR.verifierKey(), 0, OptionalLong.empty()),
                new RosterKey(SIDE_A, A_CUSTODIAL.verifierKey(), 0, OptionalLong.empty()),
                new RosterKey(SIDE_A, A_OWN.verifierKey(), 0, OptionalLong.empty()),
                new RosterKey(SIDE_B, B_CUSTODIAL.verifierKey(), 0, OptionalLong.empty())));
    }

    /** The genesis roster with side B's own key added, valid for [from, until). */
    static Roster rosterWithBOwn(long from, OptionalLong until) {
        List<RosterKey> keys = new java.util.ArrayList<>(genesisRoster().keys());
        keys.add(new RosterKey(SIDE_B, B_OWN.verifierKey(), from, until));
        return roster(keys);
    }

    /** A roster of the three parties with {@code keys}. */
    static Roster roster(List<RosterKey> keys) {
        return new Roster(ORIGIN, List.of(
                new RosterParty(MEDIATOR_PARTY, List.of("mediator")),
                new RosterParty(SIDE_A, List.of("side")),
                new RosterParty(SIDE_B, List.of("side"))), keys);
    }

    private static SignerKey key(String name, int seed) {
        byte[] bytes = new byte[Ed25519KeyPair.SEED_SIZE];
        bytes[0] = (byte) seed;
        bytes[31] = 7;
        return SignerKey.of(name, Ed25519KeyPair.fromSeed(bytes));
    }
}
