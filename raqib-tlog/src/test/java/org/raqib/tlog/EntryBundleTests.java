package org.raqib.tlog;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryBundleTests {

    @Test
    void prefixesEachEntryWithBigEndianLength() {
        assertThat(EntryBundle.encode(List.of(new byte[] {7}, new byte[300])))
                .startsWith(0, 1, 7, 1, 44).hasSize(2 + 1 + 2 + 300);
    }

    @Test
    void decodesWhatItEncodes() {
        List<byte[]> entries = List.of(new byte[0], new byte[] {1, 2}, new byte[EntryBundle.MAX_ENTRY_SIZE]);
        assertThat(EntryBundle.decode(EntryBundle.encode(entries))).usingElementComparator(java.util.Arrays::compare)
                .containsExactlyElementsOf(entries);
    }

    @Test
    void refusesEntryLongerThan65535Bytes() {
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[65_536]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMoreThan256Entries() {
        assertThatThrownBy(() -> EntryBundle.encode(Collections.nCopies(257, new byte[0]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTruncatedEntry() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 3, 1, 2})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTruncatedLength() {
        assertThatThrownBy(() -> EntryBundle.decode(new byte[] {0, 1, 9, 0})).isInstanceOf(IllegalArgumentException.class);
    }
}
