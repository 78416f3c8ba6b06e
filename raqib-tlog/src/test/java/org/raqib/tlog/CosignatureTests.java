package org.raqib.tlog;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** Timestamped Ed25519 cosignatures (C2SP tlog-cosignature, type 0x04). */
class CosignatureTests {

    private static final String SPEC_EXAMPLE = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
            + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
            + "\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";

    private final Ed25519KeyPair witness = Ed25519KeyPair.generate(new SecureRandom());
    private final VerifierKey witnessKey = Cosignature.verifierKey("witness.example/w1", witness.publicKey());
    private final Checkpoint checkpoint = Checkpoint.parse(Note.parse(Vectors.bytes("tessera-log/checkpoint.15")).text());

    @Test
    void readsKeyIdAndTimestampOfSpecExample() {
        NoteSignature cosignature = Note.parse(SPEC_EXAMPLE.getBytes(UTF_8)).signatures().get(1);
        assertThat(cosignature.keyId()).isEqualTo(0x8d66cf3f);
        assertThat(Cosignature.timestamp(cosignature)).isEqualTo(1679315147L);
    }

    @Test
    void cosignatureVerifiesBesideTheLogSignature() {
        Note cosigned = Note.parse(Vectors.bytes("tessera-log/checkpoint.15"))
                .sign(List.of(Cosignature.signer("witness.example/w1", witness, () -> 1679315147L)));
        Verifiers known = Verifiers.of(VerifierKey.parse(NoteKeyTests.TESSERA_VKEY).verifier(), witnessKey.verifier());
        assertThat(Note.parse(cosigned.encode()).verify(known)).hasSize(2);
    }

    @Test
    void cosignatureCarriesItsTime() {
        Note cosigned = checkpoint.sign(Cosignature.signer("witness.example/w1", witness, () -> 1700000000L));
        assertThat(Cosignature.timestamp(cosigned.signatures().get(0))).isEqualTo(1700000000L);
    }

    @Test
    void cosignatureWithChangedTimeFails() {
        NoteSignature cosignature = checkpoint.sign(Cosignature.signer("witness.example/w1", witness, () -> 1700000000L))
                .signatures().get(0);
        byte[] bytes = cosignature.signature();
        bytes[7]++;
        assertThat(witnessKey.verifier().verify(checkpoint.text().getBytes(UTF_8), bytes)).isFalse();
    }

    @Test
    void cosignerKeyIdDiffersFromNoteKeyIdOfSameKey() {
        assertThat(witnessKey.keyId()).isNotEqualTo(VerifierKey.ed25519("witness.example/w1", witness.publicKey()).keyId());
    }

    @Test
    void cosignerVkeyHasTypeFour() {
        byte[] typed = Base64.getDecoder().decode(witnessKey.encode().split("\\+", 3)[2]);
        assertThat(typed[0]).isEqualTo((byte) 0x04);
    }
}
