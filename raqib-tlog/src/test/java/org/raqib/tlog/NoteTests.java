package org.raqib.tlog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.NoteException.Rule.CONTROL_CHARACTER;
import static org.raqib.tlog.NoteException.Rule.INVALID_KEY_NAME;
import static org.raqib.tlog.NoteException.Rule.INVALID_SIGNATURE;
import static org.raqib.tlog.NoteException.Rule.INVALID_UTF8;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_SIGNATURE;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_TEXT;
import static org.raqib.tlog.NoteException.Rule.NO_KNOWN_SIGNATURE;
import static org.raqib.tlog.NoteException.Rule.NO_SIGNATURE_BLOCK;
import static org.raqib.tlog.NoteException.Rule.TOO_MANY_SIGNATURES;
import static org.raqib.tlog.Rules.assertBreaks;

/** The signed-note rules, on the examples of Go's note package (golang.org/x/mod/sumdb/note). */
class NoteTests {

    private static final String SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private static final String ENOCH = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";
    private static final Verifiers KNOWN = Verifiers.of(VerifierKey.parse(VKEY).verifier());

    @Test
    void opensGoExample() {
        List<NoteSignature> verified = Note.parse(bytes(TEXT + "\n" + PETER)).verify(KNOWN);
        assertThat(verified).singleElement().extracting(NoteSignature::name).isEqualTo("PeterNeumann");
    }

    @Test
    void signingReproducesGoSignatureByteForByte() {
        Note signed = Note.sign(TEXT, SignerKey.parse(SKEY).signer());
        assertThat(new String(signed.encode(), UTF_8)).isEqualTo(TEXT + "\n" + PETER);
    }

    @Test
    void ignoresSignatureOfUnknownKey() {
        Note note = Note.parse(bytes(TEXT + "\n" + PETER + ENOCH));
        assertThat(note.verify(KNOWN)).extracting(NoteSignature::name).containsExactly("PeterNeumann");
    }

    @Test
    void keepsUnknownSignaturesInTheNote() {
        assertThat(Note.parse(bytes(TEXT + "\n" + PETER + ENOCH)).signatures()).hasSize(2);
    }

    @Test
    void reencodesExactlyAsParsed() {
        byte[] message = bytes(TEXT + "\n" + PETER + ENOCH);
        assertThat(Note.parse(message).encode()).isEqualTo(message);
    }

    @Test
    void lastBlankLineSeparatesTextFromSignatures() {
        Note note = Note.parse(bytes("first\n\nsecond\n\n" + PETER));
        assertThat(note.text()).isEqualTo("first\n\nsecond\n");
    }

    @Test
    void signReplacesAnEarlierSignatureBySameKey() {
        Note note = Note.parse(bytes(TEXT + "\n" + ENOCH + PETER)).sign(List.of(SignerKey.parse(SKEY).signer()));
        assertThat(note.signatures()).extracting(NoteSignature::name).containsExactly("EnochRoot", "PeterNeumann");
    }

    @Test
    void rejectsNoteWhoseKnownKeyFails() {
        Note tampered = Note.parse(bytes(TEXT.replace("answer", "Answer") + "\n" + PETER));
        assertBreaks(INVALID_SIGNATURE, () -> tampered.verify(KNOWN));
    }

    @Test
    void rejectsNoteWithoutKnownSignature() {
        Note note = Note.parse(bytes(TEXT + "\n" + ENOCH));
        assertBreaks(NO_KNOWN_SIGNATURE, () -> note.verify(KNOWN));
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] message = bytes("caf\u00e9\n\n" + PETER);
        message[4] = (byte) 0xc3;
        message[3] = (byte) 0xff;
        assertBreaks(INVALID_UTF8, () -> Note.parse(message));
    }

    @Test
    void rejectsCarriageReturn() {
        assertBreaks(CONTROL_CHARACTER, () -> Note.parse(bytes("text\r\n\n" + PETER)));
    }

    @Test
    void rejectsTab() {
        assertBreaks(CONTROL_CHARACTER, () -> Note.parse(bytes("a\tb\n\n" + PETER)));
    }

    @Test
    void rejectsNoteWithoutBlankLine() {
        assertBreaks(NO_SIGNATURE_BLOCK, () -> Note.parse(bytes(TEXT + PETER)));
    }

    @Test
    void rejectsNoteWithoutSignatures() {
        assertBreaks(NO_SIGNATURE_BLOCK, () -> Note.parse(bytes(TEXT + "\n")));
    }

    @Test
    void rejectsSignatureLineWithoutFinalNewline() {
        assertBreaks(MALFORMED_SIGNATURE, () -> Note.parse(bytes(TEXT + "\n" + PETER.trim())));
    }

    @Test
    void rejectsSignatureLineWithHyphenForEmDash() {
        assertBreaks(MALFORMED_SIGNATURE, () -> Note.parse(bytes(TEXT + "\n" + PETER.replace('\u2014', '-'))));
    }

    @Test
    void rejectsSignatureWithoutPadding() {
        assertBreaks(MALFORMED_SIGNATURE, () -> Note.parse(bytes(TEXT + "\n" + PETER.replace("=\n", "\n"))));
    }

    @Test
    void rejectsSignatureShorterThanFiveBytes() {
        String fourBytes = java.util.Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4});
        assertBreaks(MALFORMED_SIGNATURE, () -> Note.parse(bytes(TEXT + "\n\u2014 PeterNeumann " + fourBytes + "\n")));
    }

    @Test
    void rejectsKeyNameWithPlus() {
        assertBreaks(INVALID_KEY_NAME, () -> Note.parse(bytes(TEXT + "\n" + PETER.replace("Peter", "Peter+"))));
    }

    @Test
    void acceptsOneHundredSignatures() {
        assertThat(Note.parse(bytes(TEXT + "\n" + ENOCH.repeat(100))).signatures()).hasSize(100);
    }

    @Test
    void rejectsOneHundredAndOneSignatures() {
        assertBreaks(TOO_MANY_SIGNATURES, () -> Note.parse(bytes(TEXT + "\n" + ENOCH.repeat(101))));
    }

    @Test
    void refusesTextWithoutFinalNewline() {
        assertBreaks(MALFORMED_TEXT, () -> new Note("no newline", new ArrayList<>()));
    }

    @Test
    void refusesSignerWithInvalidName() {
        NoteSigner signer = SignerKey.parse(SKEY).signer();
        NoteSigner badName = new NoteSigner() {
            public String name() {
                return "Peter Neumann";
            }

            public int keyId() {
                return signer.keyId();
            }

            public byte[] sign(byte[] message) {
                return signer.sign(message);
            }
        };
        assertBreaks(INVALID_KEY_NAME, () -> Note.sign(TEXT, badName));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
