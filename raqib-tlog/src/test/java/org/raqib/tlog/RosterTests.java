package org.raqib.tlog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.RosterException.Rule.DUPLICATE_KEY;
import static org.raqib.tlog.RosterException.Rule.DUPLICATE_PARTY;
import static org.raqib.tlog.RosterException.Rule.HEADER;
import static org.raqib.tlog.RosterException.Rule.KEY;
import static org.raqib.tlog.RosterException.Rule.KEY_NAME;
import static org.raqib.tlog.RosterException.Rule.MALFORMED_TEXT;
import static org.raqib.tlog.RosterException.Rule.PARTY_NAME;
import static org.raqib.tlog.RosterException.Rule.ROLE;
import static org.raqib.tlog.RosterException.Rule.UNKNOWN_LINE;
import static org.raqib.tlog.RosterException.Rule.UNKNOWN_PARTY;
import static org.raqib.tlog.RosterException.Rule.VALIDITY;
import static org.raqib.tlog.RosterException.Rule.WEAK_KEY;
import static org.raqib.tlog.Rules.assertBreaks;

/** The roster/v1 format, its lookups by index, and a rejecting test for every rule. */
class RosterTests {

    private static final String A_CUSTODIAL = TestLog.A_CUSTODIAL.verifierKey().encode();
    private static final String A_OWN = TestLog.A_OWN.verifierKey().encode();
    private static final String B = TestLog.B.verifierKey().encode();
    private static final String MEDIATOR = TestLog.MEDIATOR.verifierKey().encode();
    private static final String TEXT = "ceasefire.example/log/2026a roster/v1\n"
            + "party party-a.example side\n"
            + "key " + A_CUSTODIAL + " 0 100\n"
            + "key " + A_OWN + " 100\n"
            + "party party-b.example side\n"
            + "key " + B + " 0\n"
            + "party mediator.example mediator intermediary\n"
            + "key " + MEDIATOR + " 0\n";

    @Test
    void writesTheDocumentedFormat() {
        assertThat(TestLog.ROSTER.text()).isEqualTo(TEXT);
    }

    @Test
    void parsesWhatItWrites() {
        assertThat(Roster.parse(TEXT).text()).isEqualTo(TEXT);
    }

    @Test
    void custodialKeyIsValidBeforeRotation() {
        assertThat(TestLog.ROSTER.keysNamed("party-a.example/custodial", 99)).hasSize(1);
    }

    @Test
    void custodialKeyIsNotValidFromRotation() {
        assertThat(TestLog.ROSTER.keysNamed("party-a.example/custodial", 100)).isEmpty();
    }

    @Test
    void ownKeyIsNotValidBeforeItsFirstIndex() {
        assertThat(TestLog.ROSTER.keysNamed("party-a.example/ops", 99)).isEmpty();
    }

    @Test
    void verifiersAtAnIndexKnowOnlyKeysValidThere() {
        VerifierKey own = TestLog.A_OWN.verifierKey();
        assertThat(TestLog.ROSTER.verifiersAt(99).verifier(own.name(), own.keyId())).isEmpty();
        assertThat(TestLog.ROSTER.verifiersAt(100).verifier(own.name(), own.keyId())).isPresent();
    }

    @Test
    void tellsCustodialKeysFromPartyHeldKeys() {
        assertThat(TestLog.ROSTER.keys()).filteredOn(RosterKey::isCustodial).extracting(RosterKey::name)
                .containsExactly("party-a.example/custodial");
    }

    @Test
    void rejectsTextWithoutFinalNewline() {
        assertBreaks(MALFORMED_TEXT, () -> Roster.parse(TEXT.trim()));
    }

    @Test
    void rejectsDoubleSpace() {
        assertBreaks(MALFORMED_TEXT, () -> Roster.parse(TEXT.replace("party party-b.example", "party  party-b.example")));
    }

    @Test
    void rejectsOtherVersion() {
        assertBreaks(HEADER, () -> Roster.parse(TEXT.replace("roster/v1", "roster/v2")));
    }

    @Test
    void rejectsOriginWithPlus() {
        assertBreaks(HEADER, () -> Roster.parse(TEXT.replace("ceasefire.example/log/2026a", "ceasefire+log")));
    }

    @Test
    void rejectsUnknownLine() {
        assertBreaks(UNKNOWN_LINE, () -> Roster.parse(TEXT + "witness w1\n"));
    }

    @Test
    void rejectsPartyLineWithoutName() {
        assertBreaks(PARTY_NAME, () -> Roster.parse(TEXT + "party\n"));
    }

    @Test
    void rejectsRepeatedParty() {
        assertBreaks(DUPLICATE_PARTY, () -> Roster.parse(TEXT + "party party-b.example monitor\n"));
    }

    @Test
    void rejectsPartyWithoutRoles() {
        assertBreaks(ROLE, () -> Roster.parse(TEXT.replace("party party-b.example side", "party party-b.example")));
    }

    @Test
    void rejectsUpperCaseRole() {
        assertBreaks(ROLE, () -> Roster.parse(TEXT.replace("party-b.example side", "party-b.example Side")));
    }

    @Test
    void rejectsRepeatedRole() {
        assertBreaks(ROLE, () -> Roster.parse(TEXT.replace("party-b.example side", "party-b.example side side")));
    }

    @Test
    void rejectsKeyBeforeAnyParty() {
        assertBreaks(UNKNOWN_PARTY, () -> Roster.parse("ceasefire.example/log/2026a roster/v1\nkey " + B + " 0\n"));
    }

    @Test
    void rejectsMalformedVkey() {
        assertBreaks(KEY, () -> Roster.parse(TEXT.replace(B, "party-b.example+00000000+AQ==")));
    }

    @Test
    void rejectsCosignatureKey() {
        String witness = Cosignature.verifierKey("party-b.example/witness", TestLog.B.keyPair().publicKey()).encode();
        assertBreaks(KEY, () -> Roster.parse(TEXT.replace(B, witness)));
    }

    @Test
    void rejectsSmallOrderKey() {
        String weak = VerifierKey.ed25519("party-b.example", Vectors.hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa")).encode();
        assertBreaks(WEAK_KEY, () -> Roster.parse(TEXT.replace(B, weak)));
    }

    @Test
    void rejectsKeyNamedForAnotherParty() {
        String misnamed = VerifierKey.ed25519("party-a.example/x", TestLog.B.keyPair().publicKey()).encode();
        assertBreaks(KEY_NAME, () -> Roster.parse(TEXT.replace(B, misnamed)));
    }

    @Test
    void rejectsCustodialKeyNotDirectlyUnderParty() {
        String nested = VerifierKey.ed25519("party-b.example/ops/custodial", TestLog.B.keyPair().publicKey()).encode();
        assertBreaks(KEY_NAME, () -> Roster.parse(TEXT.replace(B, nested)));
    }

    @Test
    void rejectsKeyNameOfTwoParties() {
        String shared = VerifierKey.ed25519("party-b.example/desk/k", TestLog.STRANGER.keyPair().publicKey()).encode();
        String text = TEXT + "key " + shared + " 0\n" + "party party-b.example/desk monitor\nkey " + shared + " 5\n";
        assertBreaks(KEY_NAME, () -> Roster.parse(text));
    }

    @Test
    void rejectsSameKeyTwice() {
        assertBreaks(DUPLICATE_KEY, () -> Roster.parse(TEXT + "key " + MEDIATOR + " 10\n"));
    }

    @Test
    void rejectsKeyWithoutFirstIndex() {
        assertBreaks(VALIDITY, () -> Roster.parse(TEXT.replace(B + " 0", B)));
    }

    @Test
    void rejectsKeyEndingBeforeItStarts() {
        assertBreaks(VALIDITY, () -> Roster.parse(TEXT.replace(A_CUSTODIAL + " 0 100", A_CUSTODIAL + " 100 100")));
    }

    @Test
    void rejectsIndexWithLeadingZero() {
        assertBreaks(VALIDITY, () -> Roster.parse(TEXT.replace(B + " 0", B + " 00")));
    }
}
