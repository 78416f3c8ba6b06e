package org.raqib.tlog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers from transparency-dev/merkle testonly/constants.go. */
class HashesTests {

    @Test
    void emptyRootIsSha256OfNothing() {
        assertThat(Hashes.emptyRoot()).isEqualTo(Vectors.hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    @Test
    void leafHashPrefixesZeroByte() {
        assertThat(Hashes.leafHash(new byte[0]))
                .isEqualTo(Vectors.hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
    }

    @Test
    void nodeHashPrefixesOneByte() {
        byte[] left = Hashes.leafHash(new byte[0]);
        byte[] right = Hashes.leafHash(Vectors.hex("00"));
        assertThat(Hashes.nodeHash(left, right))
                .isEqualTo(Vectors.hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"));
    }

    @Test
    void rootOfEightReferenceLeavesMatches() {
        CompactRange range = CompactRange.empty();
        for (String leaf : new String[] {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f"}) {
            range.append(Hashes.leafHash(Vectors.hex(leaf)));
        }
        assertThat(range.root()).isEqualTo(Vectors.hex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));
    }

    @Test
    void isHashAcceptsOnlyThirtyTwoBytes() {
        assertThat(Hashes.isHash(new byte[32])).isTrue();
        assertThat(Hashes.isHash(new byte[31])).isFalse();
        assertThat(Hashes.isHash(null)).isFalse();
    }
}
