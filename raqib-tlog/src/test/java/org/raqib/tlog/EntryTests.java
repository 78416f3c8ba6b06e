package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.EntryException.Rule.DUPLICATE_FIELD;
import static org.raqib.tlog.EntryException.Rule.FIELD_ORDER;
import static org.raqib.tlog.EntryException.Rule.HEADER;
import static org.raqib.tlog.EntryException.Rule.KIND;
import static org.raqib.tlog.EntryException.Rule.LINE_SYNTAX;
import static org.raqib.tlog.EntryException.Rule.MISSING_FIELD;
import static org.raqib.tlog.EntryException.Rule.NON_ASCII_FIELD;
import static org.raqib.tlog.EntryException.Rule.PARTY;
import static org.raqib.tlog.EntryException.Rule.PAYLOAD_HASH;
import static org.raqib.tlog.EntryException.Rule.REF;
import static org.raqib.tlog.EntryException.Rule.SEEN;
import static org.raqib.tlog.EntryException.Rule.SEQ;
import static org.raqib.tlog.EntryException.Rule.TIME;
import static org.raqib.tlog.EntryException.Rule.TOO_LARGE;
import static org.raqib.tlog.EntryException.Rule.TRAILING_SPACE;
import static org.raqib.tlog.EntryException.Rule.UNKNOWN_FIELD;
import static org.raqib.tlog.Rules.assertBreaks;

/** Raqib's entry format: the builder, and a rejecting test for every format rule. */
class EntryTests {

    private static final String TEXT = "ceasefire.example/log/2026a entry/v1\n"
            + "kind incident.report/v1\n"
            + "party party-a.example/custodial\n"
            + "seq 417\n"
            + "time 2026-03-02T09:14:05Z\n"
            + "seen 20852163 CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
            + "payload-sha256 vglGAF7PUx0lfrHqFjJTsM3yD4VI/Nguv7uJuoGONms=\n";
    private static final String HASH = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    @Test
    void builderWritesTheFieldsInTheirFixedOrder() {
        assertThat(TestLog.entry().build().text()).isEqualTo(TEXT);
    }

    @Test
    void parsesWhatTheBuilderWrites() {
        Entry entry = TestLog.entry().ref(12, new byte[32]).ref(3, new byte[32]).build();
        assertThat(Entry.parse(entry.text())).isEqualTo(entry);
    }

    @Test
    void parsesEveryField() {
        Entry entry = Entry.parse(TEXT.replace("payload-sha256", "ref 1234 " + HASH + "\npayload-sha256"));
        assertThat(entry.origin()).isEqualTo("ceasefire.example/log/2026a");
        assertThat(entry.kind()).isEqualTo("incident.report/v1");
        assertThat(entry.party()).isEqualTo("party-a.example/custodial");
        assertThat(entry.seq()).isEqualTo(417);
        assertThat(entry.time()).isEqualTo(Instant.parse("2026-03-02T09:14:05Z"));
        assertThat(entry.seen().size()).isEqualTo(20852163);
        assertThat(entry.refs()).singleElement().extracting(Entry.Ref::index).isEqualTo(1234L);
        assertThat(entry.payloadSha256()).isEqualTo(Hashes.sha256("{\"kind\":\"incident\"}".getBytes(UTF_8)));
    }

    @Test
    void leafIsTheWholeSignedNote() {
        SignedEntry signed = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer());
        assertThat(new String(signed.leaf(), UTF_8)).startsWith(TEXT + "\n\u2014 party-a.example/custodial ");
        assertThat(signed.leafHash()).isEqualTo(Hashes.leafHash(signed.leaf()));
    }

    @Test
    void parsedLeafEncodesToTheSameBytes() {
        byte[] leaf = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer(), TestLog.MEDIATOR.signer()).leaf();
        assertThat(SignedEntry.parse(leaf).leaf()).isEqualTo(leaf);
    }

    @Test
    void cosigningAddsASignature() {
        SignedEntry signed = TestLog.entry().sign(TestLog.A_CUSTODIAL.signer()).cosign(TestLog.MEDIATOR.signer());
        assertThat(signed.note().signatures()).extracting(NoteSignature::name)
                .containsExactly("party-a.example/custodial", "mediator.example");
    }

    @Test
    void rejectsLeafOverSixteenKibibytes() {
        EntryBuilder builder = TestLog.entry();
        for (int i = 0; i < 400; i++) {
            builder.ref(i, new byte[32]);
        }
        assertBreaks(TOO_LARGE, () -> builder.sign(TestLog.A_CUSTODIAL.signer()));
    }

    @Test
    void rejectsLeafOverSixteenKibibytesBeforeParsing() {
        assertBreaks(TOO_LARGE, () -> SignedEntry.parse(new byte[SignedEntry.MAX_SIZE + 1]));
    }

    @Test
    void rejectsCarriageReturn() {
        byte[] leaf = new String(TestLog.entry().sign(TestLog.A_CUSTODIAL.signer()).leaf(), UTF_8)
                .replace("seq 417\n", "seq 417\r\n").getBytes(UTF_8);
        assertBreaks(NoteException.Rule.CONTROL_CHARACTER, () -> SignedEntry.parse(leaf));
    }

    @Test
    void rejectsHeaderWithoutVersion() {
        assertBreaks(HEADER, () -> Entry.parse(TEXT.replace(" entry/v1", "")));
    }

    @Test
    void rejectsHeaderOfOtherVersion() {
        assertBreaks(HEADER, () -> Entry.parse(TEXT.replace("entry/v1", "entry/v2")));
    }

    @Test
    void rejectsEmptyLine() {
        assertBreaks(LINE_SYNTAX, () -> Entry.parse(TEXT.replace("seq 417\n", "seq 417\n\n")));
    }

    @Test
    void rejectsFieldWithoutValue() {
        assertBreaks(LINE_SYNTAX, () -> Entry.parse(TEXT.replace("seq 417", "seq")));
    }

    @Test
    void rejectsDoubleSpace() {
        assertBreaks(LINE_SYNTAX, () -> Entry.parse(TEXT.replace("seq 417", "seq  417")));
    }

    @Test
    void rejectsTrailingSpace() {
        assertBreaks(TRAILING_SPACE, () -> Entry.parse(TEXT.replace("seq 417", "seq 417 ")));
    }

    @Test
    void rejectsNonAsciiField() {
        assertBreaks(NON_ASCII_FIELD, () -> Entry.parse(TEXT.replace("seq 417", "s\u00e9q 417")));
    }

    @Test
    void rejectsUnknownField() {
        assertBreaks(UNKNOWN_FIELD, () -> Entry.parse(TEXT.replace("seq 417", "payload e30=\nseq 417")));
    }

    @Test
    void rejectsUpperCaseField() {
        assertBreaks(UNKNOWN_FIELD, () -> Entry.parse(TEXT.replace("seq 417", "Seq 417")));
    }

    @Test
    void rejectsRepeatedField() {
        assertBreaks(DUPLICATE_FIELD, () -> Entry.parse(TEXT.replace("seq 417\n", "seq 417\nseq 418\n")));
    }

    @Test
    void rejectsFieldsOutOfOrder() {
        assertBreaks(FIELD_ORDER, () -> Entry.parse(TEXT.replace("seq 417\ntime 2026-03-02T09:14:05Z", "time 2026-03-02T09:14:05Z\nseq 417")));
    }

    @Test
    void rejectsRefAfterPayloadHash() {
        assertBreaks(FIELD_ORDER, () -> Entry.parse(TEXT + "ref 1 " + HASH + "\n"));
    }

    @Test
    void rejectsMissingSeq() {
        assertBreaks(MISSING_FIELD, () -> Entry.parse(TEXT.replace("seq 417\n", "")));
    }

    @Test
    void rejectsMissingPayloadHash() {
        assertBreaks(MISSING_FIELD, () -> Entry.parse(TEXT.substring(0, TEXT.indexOf("payload-sha256"))));
    }

    @Test
    void rejectsKindWithoutVersion() {
        assertBreaks(KIND, () -> Entry.parse(TEXT.replace("incident.report/v1", "incident.report")));
    }

    @Test
    void rejectsKindWithUpperCase() {
        assertBreaks(KIND, () -> Entry.parse(TEXT.replace("incident.report/v1", "Incident.report/v1")));
    }

    @Test
    void rejectsPartyWithPlus() {
        assertBreaks(PARTY, () -> Entry.parse(TEXT.replace("party-a.example/custodial", "party-a.example+custodial")));
    }

    @Test
    void rejectsSeqZero() {
        assertBreaks(SEQ, () -> Entry.parse(TEXT.replace("seq 417", "seq 0")));
    }

    @Test
    void rejectsSeqWithLeadingZero() {
        assertBreaks(SEQ, () -> Entry.parse(TEXT.replace("seq 417", "seq 0417")));
    }

    @Test
    void rejectsTimeWithFraction() {
        assertBreaks(TIME, () -> Entry.parse(TEXT.replace("09:14:05Z", "09:14:05.5Z")));
    }

    @Test
    void rejectsTimeWithOffset() {
        assertBreaks(TIME, () -> Entry.parse(TEXT.replace("09:14:05Z", "11:14:05+02:00")));
    }

    @Test
    void rejectsImpossibleDate() {
        assertBreaks(TIME, () -> Entry.parse(TEXT.replace("2026-03-02", "2026-02-30")));
    }

    @Test
    void rejectsLeapSecond() {
        assertBreaks(TIME, () -> Entry.parse(TEXT.replace("09:14:05Z", "23:59:60Z")));
    }

    @Test
    void refusesToBuildTimeWithFraction() {
        assertBreaks(TIME, () -> TestLog.entry().time(Instant.parse("2026-03-02T09:14:05.001Z")).build());
    }

    @Test
    void rejectsSeenWithoutRoot() {
        assertBreaks(SEEN, () -> Entry.parse(TEXT.replace("seen 20852163 " + HASH, "seen 20852163")));
    }

    @Test
    void rejectsSeenEmptyTreeWithOtherRoot() {
        assertBreaks(SEEN, () -> Entry.parse(TEXT.replace("seen 20852163", "seen 0")));
    }

    @Test
    void rejectsRefWithShortHash() {
        assertBreaks(REF, () -> Entry.parse(TEXT.replace("payload-sha256", "ref 12 AAAA\npayload-sha256")));
    }

    @Test
    void rejectsRefWithoutIndex() {
        assertBreaks(REF, () -> Entry.parse(TEXT.replace("payload-sha256", "ref " + HASH + "\npayload-sha256")));
    }

    @Test
    void rejectsPayloadHashOfWrongLength() {
        String shortHash = java.util.Base64.getEncoder().encodeToString(ByteBuffer.allocate(20).array());
        assertBreaks(PAYLOAD_HASH, () -> Entry.parse(TEXT.replace("vglGAF7PUx0lfrHqFjJTsM3yD4VI/Nguv7uJuoGONms=", shortHash)));
    }
}
