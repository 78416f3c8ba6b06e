package org.raqib.server.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.raqib.server.person.PersonData;
import org.raqib.server.person.PersonRef;
import org.raqib.server.person.Registered;
import org.raqib.server.system.InvalidInput;

/** The reconciliation payloads read strictly, each problem naming its field; the demo's second writing. */
class ReconcilePayloadsTests {

	static final PersonRef LEFT = new PersonRef("p-" + "a".repeat(26));

	static final PersonRef RIGHT = new PersonRef("p-" + "b".repeat(26));

	@Test
	void aDecisionReadsBackAsWritten() {
		var decision = new MatchDecision("round-1-hamas", "round-1-icrc", LEFT, RIGHT, Decision.REJECTED, 812,
				List.of("part-missing", "other-script"));
		assertThat(MatchDecision.read(decision.write())).isEqualTo(decision);
	}

	@Test
	void aDecisionWithAnUnknownReasonIsRefusedNamingIt() {
		byte[] payload = json("{\"leftList\":\"a\",\"rightList\":\"b\",\"left\":\"" + LEFT.value() + "\",\"right\":\""
				+ RIGHT.value() + "\",\"decision\":\"confirmed\",\"score\":800,\"reasons\":[\"part-missing\",\"a-name\"]}");
		assertThatThrownBy(() -> MatchDecision.read(payload)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("reasons[1]"));
	}

	@Test
	void aDecisionCarryingANameIsRefused() {
		byte[] payload = json("{\"leftList\":\"a\",\"rightList\":\"b\",\"left\":\"Mohammed al-Haddad\",\"right\":\""
				+ RIGHT.value() + "\",\"decision\":\"confirmed\",\"score\":800}");
		assertThatThrownBy(() -> MatchDecision.read(payload)).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("left"));
		byte[] extra = json("{\"leftList\":\"a\",\"rightList\":\"b\",\"left\":\"" + LEFT.value() + "\",\"right\":\""
				+ RIGHT.value() + "\",\"decision\":\"confirmed\",\"score\":800,\"name\":\"Mohammed\"}");
		assertThatThrownBy(() -> MatchDecision.read(extra)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aListReadsBackAndRefusesABadCommitment() {
		var list = new ComparisonList("round-1-icrc", List.of(new Registered(LEFT, "sha256:" + "0".repeat(64))));
		assertThat(ComparisonList.read(list.write())).isEqualTo(list);
		byte[] bad = json("{\"list\":\"round-1-icrc\",\"persons\":[{\"ref\":\"" + LEFT.value()
				+ "\",\"commitment\":\"Mohammed\"}]}");
		assertThatThrownBy(() -> ComparisonList.read(bad)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void theDemosIntermediaryLeavesOutEverySeventhAndAddsOthers() {
		var list = new java.util.ArrayList<PersonData>();
		for (int i = 0; i < 30; i++) {
			list.add(new PersonData("محمد أحمد علي الحداد", "Mohammed Ahmad Ali al-Haddad", null, "40000000" + i % 10,
					null, 1980 + i, null));
		}
		List<PersonData> written = DemoSpellings.asTheIntermediaryWrites(list);
		assertThat(written).hasSize(30 - 4 + 1);
		assertThat(written.get(0).nameLatin()).isEqualTo("Muhammad Ahmed Ali el-Haddad");
		assertThat(written.get(2).nameLatin()).isEqualTo("AL-HADDAD, Mohammed Ahmad");
		assertThat(written).isEqualTo(DemoSpellings.asTheIntermediaryWrites(list));
	}

	private static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
