package org.raqib.tlog;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictEd25519Tests {

    private static final byte[] MESSAGE = "example.com/log\n1\nAAAA\n".getBytes(UTF_8);

    @SuppressWarnings("unchecked")
    private static final List<Map<String, Object>> SPECCHECK =
            (List<Map<String, Object>>) Json.parse(Vectors.text("ed25519-speccheck/cases.json"));

    @TestFactory
    Stream<DynamicTest> rejectsEverySpeccheckCase() {
        return IntStream.range(0, SPECCHECK.size()).mapToObj(i -> DynamicTest.dynamicTest("case " + i, () -> {
            Map<String, Object> c = SPECCHECK.get(i);
            assertThat(StrictEd25519.verify(hex(c, "pub_key"), hex(c, "message"), hex(c, "signature"))).isFalse();
        }));
    }

    @Test
    void speccheckHasTwelveCases() {
        assertThat(SPECCHECK).hasSize(12);
    }

    @Test
    void acceptsHonestSignatureFromTheJdk() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(pair.getPrivate());
        jdk.update(MESSAGE);
        byte[] encoded = pair.getPublic().getEncoded();
        byte[] publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        assertThat(StrictEd25519.verify(publicKey, MESSAGE, jdk.sign())).isTrue();
    }

    @Test
    void acceptsHonestSignatureFromBouncyCastle() {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(MESSAGE, 0, MESSAGE.length);
        assertThat(StrictEd25519.verify(key.generatePublicKey().getEncoded(), MESSAGE, signer.generateSignature())).isTrue();
    }

    @Test
    void acceptsItsOwnSignatures() {
        Ed25519KeyPair key = Ed25519KeyPair.generate(new SecureRandom());
        assertThat(StrictEd25519.verify(StrictEd25519.publicKey(key.publicKey()), MESSAGE, key.sign(MESSAGE))).isTrue();
    }

    @Test
    void signsRfc8032TestVectorOne() {
        Ed25519KeyPair key = Ed25519KeyPair.fromSeed(
                Vectors.hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertThat(key.publicKey()).isEqualTo(Vectors.hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        assertThat(key.sign(new byte[0])).isEqualTo(Vectors.hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    }

    @Test
    void rejectsSignatureOfAnotherMessage() {
        Ed25519KeyPair key = Ed25519KeyPair.generate(new SecureRandom());
        assertThat(StrictEd25519.verify(key.publicKey(), "other".getBytes(UTF_8), key.sign(MESSAGE))).isFalse();
    }

    @Test
    void rejectsSignatureWithSPlusGroupOrder() {
        Ed25519KeyPair key = Ed25519KeyPair.generate(new SecureRandom());
        byte[] signature = key.sign(MESSAGE);
        addGroupOrderToS(signature);
        assertThat(StrictEd25519.verify(key.publicKey(), MESSAGE, signature)).isFalse();
    }

    @Test
    void rejectsSignatureOfWrongLength() {
        Ed25519KeyPair key = Ed25519KeyPair.generate(new SecureRandom());
        assertThat(StrictEd25519.verify(key.publicKey(), MESSAGE, Arrays.copyOf(key.sign(MESSAGE), 63))).isFalse();
    }

    @Test
    void refusesToRegisterSmallOrderKey() {
        byte[] smallOrder = hex(SPECCHECK.get(0), "pub_key");
        assertThatThrownBy(() -> StrictEd25519.publicKey(smallOrder)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToRegisterNonCanonicalKey() {
        byte[] nonCanonical = hex(SPECCHECK.get(10), "pub_key");
        assertThat(StrictEd25519.isValidPublicKey(nonCanonical)).isFalse();
    }

    @Test
    void refusesToRegisterKeyOfWrongLength() {
        assertThatThrownBy(() -> StrictEd25519.publicKey(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    // S' = S + L is the classic malleated signature: the equation still holds, S' is not canonical.
    private static void addGroupOrderToS(byte[] signature) {
        byte[] order = Vectors.hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");
        int carry = 0;
        for (int i = 0; i < 32; i++) {
            int sum = (signature[32 + i] & 0xff) + (order[i] & 0xff) + carry;
            signature[32 + i] = (byte) sum;
            carry = sum >>> 8;
        }
    }

    private static byte[] hex(Map<String, Object> c, String field) {
        return Vectors.hex((String) c.get(field));
    }
}
