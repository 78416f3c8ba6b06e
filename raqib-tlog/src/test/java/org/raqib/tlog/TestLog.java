package org.raqib.tlog;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** A small log's roster and keys, from fixed seeds so that every run signs the same bytes. */
final class TestLog {

    static final String ORIGIN = "ceasefire.example/log/2026a";

    static final SignerKey A_CUSTODIAL = key("party-a.example/custodial", 1);
    static final SignerKey A_OWN = key("party-a.example/ops", 2);
    static final SignerKey B = key("party-b.example", 3);
    static final SignerKey MEDIATOR = key("mediator.example", 4);
    static final SignerKey STRANGER = key("stranger.example", 5);

    static final EntryKind HANDOVER = new EntryKind("exchange.handover/v1", Set.of("intermediary"));
    static final EntryKind INCIDENT = EntryKind.signedByParty("incident.report/v1");
    static final EntryKinds KINDS = EntryKinds.builder().addAll(EntryKinds.core()).add(HANDOVER).add(INCIDENT).build();

    // Party A's custodial key signs entries 0..99; from 100 on, party A holds its own key.
    static final Roster ROSTER = new Roster(ORIGIN,
            List.of(new RosterParty("party-a.example", List.of("side")),
                    new RosterParty("party-b.example", List.of("side")),
                    new RosterParty("mediator.example", List.of("mediator", "intermediary"))),
            List.of(new RosterKey("party-a.example", A_CUSTODIAL.verifierKey(), 0, OptionalLong.of(100)),
                    new RosterKey("party-a.example", A_OWN.verifierKey(), 100, OptionalLong.empty()),
                    new RosterKey("party-b.example", B.verifierKey(), 0, OptionalLong.empty()),
                    new RosterKey("mediator.example", MEDIATOR.verifierKey(), 0, OptionalLong.empty())));

    private TestLog() {
    }

    /** An incident report by party A's custodial key, ready to build or sign. */
    static EntryBuilder entry() {
        return Entry.builder()
                .origin(ORIGIN)
                .kind("incident.report/v1")
                .party(A_CUSTODIAL.name())
                .seq(417)
                .time(Instant.parse("2026-03-02T09:14:05Z"))
                .seen(20852163, java.util.Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="))
                .payload("{\"kind\":\"incident\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static SignerKey key(String name, int seed) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) seed;
        return SignerKey.of(name, Ed25519KeyPair.fromSeed(bytes));
    }
}
