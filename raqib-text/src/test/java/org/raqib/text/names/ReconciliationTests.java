package org.raqib.text.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Two lists matched one to one, with the rest unmatched on either side. */
class ReconciliationTests {

	private final Reconciliation reconciliation = new Reconciliation();

	@Test
	void matchesProposesAndLeavesTheRest() {
		List<NameRecord> left = List.of(NameRecord.of("l0", "محمد أحمد علي الحداد"), NameRecord.of("l1", "حسن وليد البيطار"),
				NameRecord.of("l2", "فاطمة محمد العطار"), NameRecord.of("l3", "Zebulon Quirke"));
		List<NameRecord> right = List.of(NameRecord.of("r0", "Fatima Mohammed al-Attar"),
				NameRecord.of("r1", "Muhammad Ahmed Ali al-Haddad"), NameRecord.of("r2", "Hasan al-Bitar"),
				NameRecord.of("r3", "Yarden Bibas"));
		Reconciliation.Result result = this.reconciliation.reconcile(left, right);
		assertThat(result.matched()).extracting(p -> p.left() + ">" + p.right()).containsExactlyInAnyOrder("0>1", "2>0");
		assertThat(result.probable()).extracting(p -> p.left() + ">" + p.right()).containsExactly("1>2");
		assertThat(result.leftUnmatched()).containsExactly(3);
		assertThat(result.rightUnmatched()).containsExactly(3);
	}

	@Test
	void eachPersonIsMatchedOnceAndTheBestPairWins() {
		List<NameRecord> left = List.of(NameRecord.of("l0", "Mohammed al-Haddad"),
				NameRecord.of("l1", "Mohammed Ahmad Ali al-Haddad"));
		List<NameRecord> right = List.of(NameRecord.of("r0", "محمد أحمد علي الحداد"));
		Reconciliation.Result result = this.reconciliation.reconcile(left, right);
		assertThat(result.matched()).extracting(Reconciliation.Pair::left).containsExactly(1);
		assertThat(result.probable()).isEmpty();
		assertThat(result.leftUnmatched()).containsExactly(0);
	}

	@Test
	void personsSharingNoTwoPartsAreNotCompared() {
		List<NameRecord> left = List.of(NameRecord.of("l0", "Mohammed Ahmad al-Haddad"));
		List<NameRecord> right = List.of(NameRecord.of("r0", "Khaled Yousef al-Najjar"),
				NameRecord.of("r1", "Mohammed Ahmad Odeh"));
		assertThat(this.reconciliation.reconcile(left, right).comparisons()).isEqualTo(1);
	}

	@Test
	void anAgreeingIdNumberBlocksAndMatchesWhateverTheNames() {
		List<NameRecord> left = List.of(new NameRecord("l0", List.of("Abu Rida Sami"), "803456712", null));
		List<NameRecord> right = List.of(new NameRecord("r0", List.of("سامي عمر الحلبي"), "803456712", null));
		assertThat(this.reconciliation.reconcile(left, right).matched()).hasSize(1);
	}

}
