package org.raqib.tlog;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.EntryException.Rule.INVALID_SIGNATURE;
import static org.raqib.tlog.EntryException.Rule.MISSING_SIGNATURE;
import static org.raqib.tlog.EntryException.Rule.ORIGIN_MISMATCH;
import static org.raqib.tlog.EntryException.Rule.PARTY_NOT_IN_ROSTER;
import static org.raqib.tlog.EntryException.Rule.UNKNOWN_KIND;
import static org.raqib.tlog.Rules.assertBreaks;

/** Entries checked against the roster and the kinds, one rule per test. */
class EntryVerifierTests {

    private final EntryVerifier verifier = new EntryVerifier(TestLog.ROSTER, TestLog.KINDS);

    @Test
    void acceptsEntrySignedByItsParty() {
        byte[] leaf = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer()).leaf();
        assertThat(verifier.verify(5, leaf).partyKey().name()).isEqualTo("party-a.example/custodial");
    }

    @Test
    void reportsCustodialKey() {
        byte[] leaf = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer()).leaf();
        assertThat(verifier.verify(5, leaf).isCustodial()).isTrue();
    }

    @Test
    void reportsPartyHeldKey() {
        byte[] leaf = TestLog.entry().party("party-a.example/ops").sign(TestLog.A_OWN.signer()).leaf();
        assertThat(verifier.verify(100, leaf).isCustodial()).isFalse();
    }

    @Test
    void acceptsHandoverCosignedByIntermediary() {
        byte[] leaf = handover().sign(TestLog.B.signer(), TestLog.MEDIATOR.signer()).leaf();
        assertThat(verifier.verify(5, leaf).signers()).extracting(RosterKey::name)
                .containsExactly("party-b.example", "mediator.example");
    }

    @Test
    void ignoresSignatureOfKeyOutsideRoster() {
        byte[] leaf = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer(), TestLog.STRANGER.signer()).leaf();
        assertThat(verifier.verify(5, leaf).signers()).hasSize(1);
    }

    @Test
    void rejectsEntryOfAnotherLog() {
        byte[] leaf = TestLog.entry().origin("other.example/log").sign(TestLog.A_CUSTODIAL.signer()).leaf();
        assertBreaks(ORIGIN_MISMATCH, () -> verifier.verify(5, leaf));
    }

    @Test
    void rejectsUnknownKind() {
        byte[] leaf = TestLog.entry().kind("aid.truck-crossed/v1").sign(TestLog.A_CUSTODIAL.signer()).leaf();
        assertBreaks(UNKNOWN_KIND, () -> verifier.verify(5, leaf));
    }

    @Test
    void rejectsPartyOutsideRoster() {
        byte[] leaf = TestLog.entry().party("stranger.example").sign(TestLog.STRANGER.signer()).leaf();
        assertBreaks(PARTY_NOT_IN_ROSTER, () -> verifier.verify(5, leaf));
    }

    @Test
    void rejectsKeyUsedAfterRotation() {
        byte[] leaf = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer()).leaf();
        assertBreaks(PARTY_NOT_IN_ROSTER, () -> verifier.verify(100, leaf));
    }

    @Test
    void rejectsTamperedEntry() {
        byte[] leaf = new String(TestLog.entry().sign(TestLog.A_CUSTODIAL.signer()).leaf(), UTF_8)
                .replace("seq 417", "seq 418").getBytes(UTF_8);
        assertBreaks(INVALID_SIGNATURE, () -> verifier.verify(5, leaf));
    }

    @Test
    void rejectsEntryNotSignedByItsParty() {
        byte[] leaf = TestLog.entry().sign(TestLog.B.signer()).leaf();
        assertBreaks(MISSING_SIGNATURE, () -> verifier.verify(5, leaf));
    }

    @Test
    void rejectsHandoverWithoutIntermediary() {
        byte[] leaf = handover().sign(TestLog.B.signer()).leaf();
        assertBreaks(MISSING_SIGNATURE, () -> verifier.verify(5, leaf));
    }

    @Test
    void rejectsRosterChangeWithoutMediator() {
        byte[] leaf = TestLog.entry().kind(EntryKinds.ROSTER.name()).sign(TestLog.A_CUSTODIAL.signer()).leaf();
        assertBreaks(MISSING_SIGNATURE, () -> verifier.verify(5, leaf));
    }

    private static EntryBuilder handover() {
        return TestLog.entry().kind("exchange.handover/v1").party("party-b.example");
    }
}
