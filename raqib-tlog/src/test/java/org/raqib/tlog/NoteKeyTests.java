package org.raqib.tlog;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raqib.tlog.NoteException.Rule.INVALID_KEY_NAME;
import static org.raqib.tlog.NoteException.Rule.KEY_ID_MISMATCH;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_KEY;
import static org.raqib.tlog.NoteException.Rule.UNSUPPORTED_KEY_TYPE;
import static org.raqib.tlog.NoteException.Rule.WEAK_KEY;
import static org.raqib.tlog.Rules.assertBreaks;

/** Verifier keys and signer keys, as C2SP signed-note and Go's note package encode them. */
class NoteKeyTests {

    static final String TESSERA_VKEY = "example.com/log/testdata+33d7b496+AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx";
    static final String TESSERA_SKEY = "PRIVATE+KEY+example.com/log/testdata+33d7b496+AeymY/SZAX0jZcJ8enZ5FY1Dz+wTML2yWSkK+9DSF3eg";

    @Test
    void splitsVerifierKeyOnFirstTwoPlusSignsOnly() {
        VerifierKey key = VerifierKey.parse(TESSERA_VKEY);
        assertThat(key.name()).isEqualTo("example.com/log/testdata");
        assertThat(HexFormat.of().toHexDigits(key.keyId())).isEqualTo("33d7b496");
        assertThat(key.type()).isEqualTo(VerifierKey.ED25519);
    }

    @Test
    void encodesVerifierKeyAsParsed() {
        assertThat(VerifierKey.parse(TESSERA_VKEY).encode()).isEqualTo(TESSERA_VKEY);
    }

    @Test
    void signerKeyDerivesItsVerifierKey() {
        assertThat(SignerKey.parse(TESSERA_SKEY).verifierKey().encode()).isEqualTo(TESSERA_VKEY);
    }

    @Test
    void encodesSignerKeyAsParsed() {
        assertThat(SignerKey.parse(TESSERA_SKEY).encode()).isEqualTo(TESSERA_SKEY);
    }

    @Test
    void generatedKeyRoundTrips() {
        SignerKey key = SignerKey.generate("party-a.example/ops", new SecureRandom());
        assertThat(SignerKey.parse(key.encode()).verifierKey()).isEqualTo(key.verifierKey());
    }

    @Test
    void signerKeyDoesNotShowItsSecret() {
        assertThat(SignerKey.parse(TESSERA_SKEY).toString()).doesNotContain("AeymY").contains("33d7b496");
    }

    @Test
    void rejectsVerifierKeyWithoutParts() {
        assertBreaks(MALFORMED_KEY, () -> VerifierKey.parse("example.com"));
    }

    @Test
    void rejectsUpperCaseKeyId() {
        assertBreaks(MALFORMED_KEY, () -> VerifierKey.parse(TESSERA_VKEY.replace("33d7b496", "33D7B496")));
    }

    @Test
    void rejectsUrlSafeBase64Key() {
        assertBreaks(MALFORMED_KEY, () -> VerifierKey.parse(TESSERA_VKEY.replace("+oO5", "-oO5")));
    }

    @Test
    void rejectsWrongKeyId() {
        assertBreaks(KEY_ID_MISMATCH, () -> VerifierKey.parse(TESSERA_VKEY.replace("33d7b496", "33d7b497")));
    }

    @Test
    void rejectsKeyNameWithSpace() {
        assertBreaks(INVALID_KEY_NAME, () -> VerifierKey.ed25519("example com", new byte[32]));
    }

    @Test
    void rejectsKeyNameWithNoBreakSpace() {
        assertThat(KeyNames.isValid("example\u00a0com")).isFalse();
    }

    @Test
    void refusesVerifierOfUnknownType() {
        VerifierKey ecdsa = new VerifierKey("w", VerifierKey.keyId("w", (byte) 0x02, new byte[33]), (byte) 0x02, new byte[33]);
        assertBreaks(UNSUPPORTED_KEY_TYPE, ecdsa::verifier);
    }

    @Test
    void refusesVerifierOfSmallOrderKey() {
        byte[] smallOrder = Vectors.hex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa");
        assertBreaks(WEAK_KEY, () -> VerifierKey.ed25519("weak.example", smallOrder).verifier());
    }

    @Test
    void rejectsSignerKeyWithoutPrefix() {
        assertBreaks(MALFORMED_KEY, () -> SignerKey.parse(TESSERA_SKEY.replace("PRIVATE+KEY+", "")));
    }

    @Test
    void rejectsSignerKeyWithWrongKeyId() {
        assertBreaks(KEY_ID_MISMATCH, () -> SignerKey.parse(TESSERA_SKEY.replace("33d7b496", "00000000")));
    }

    @Test
    void rejectsSignerKeyOfOtherType() {
        byte[] typed = new byte[33];
        typed[0] = 0x04;
        String skey = "PRIVATE+KEY+w+00000000+" + java.util.Base64.getEncoder().encodeToString(typed);
        assertBreaks(UNSUPPORTED_KEY_TYPE, () -> SignerKey.parse(skey));
    }

    @Test
    void keyIdIsFirstFourBytesOfHashOfNameTypeAndKey() {
        byte[] key = Arrays.copyOfRange(java.util.Base64.getDecoder().decode("AeHTu4Q3hEIMHNqc6fASMsq3rKNx280NI+oO5xCFkkSx"), 1, 33);
        assertThat(VerifierKey.keyId("example.com/log/testdata", VerifierKey.ED25519, key)).isEqualTo(0x33d7b496);
    }
}
