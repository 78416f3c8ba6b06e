package org.raqib.server.reconcile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.raqib.server.person.PersonRef;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;
import org.raqib.text.names.MatchReason;

/**
 * {@code reconcile.match-decision/v1}: a probable pair confirmed as one person or rejected as two. Names
 * the persons by reference and their lists by identifier, with the score (in thousandths) and the reason
 * codes the matcher gave when the decision was taken; never a name, ID number or birth date.
 */
record MatchDecision(String leftList, String rightList, PersonRef left, PersonRef right, Decision decision,
		int score, List<String> reasons) {

	static final Set<String> FIELDS = Set.of("leftList", "rightList", "left", "right", "decision", "score", "reasons");

	static final Pattern LIST_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	static final Set<String> REASONS = Set.copyOf(Arrays.stream(MatchReason.values()).map(MatchReason::code).toList());

	MatchDecision {
		reasons = List.copyOf(reasons);
	}

	static MatchDecision read(byte[] payload) {
		Payloads p = Payloads.object(payload, FIELDS);
		String code = p.requiredText("decision", 20);
		Decision decision = Decision.ofCode(code)
			.orElseThrow(() -> InvalidInput.of("decision", "reconcile.decision.unknown", code));
		List<String> reasons = p.has("reasons") ? p.texts("reasons", MatchReason.values().length, 40) : List.of();
		for (int i = 0; i < reasons.size(); i++) {
			if (!REASONS.contains(reasons.get(i))) {
				throw InvalidInput.of("reasons[" + i + "]", "reconcile.reason.unknown", reasons.get(i));
			}
		}
		return new MatchDecision(list(p, "leftList"), list(p, "rightList"), ref(p, "left"), ref(p, "right"), decision,
				(int) p.requiredNumber("score", 0, 1000), reasons);
	}

	byte[] write() {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("leftList", this.leftList);
		fields.put("rightList", this.rightList);
		fields.put("left", this.left.value());
		fields.put("right", this.right.value());
		fields.put("decision", this.decision.code());
		fields.put("score", this.score);
		if (!this.reasons.isEmpty()) {
			fields.put("reasons", this.reasons);
		}
		return Payloads.write(fields);
	}

	private static String list(Payloads p, String field) {
		String id = p.requiredText(field, 60);
		if (!LIST_ID.matcher(id).matches()) {
			throw InvalidInput.of(field, "reconcile.list.invalid");
		}
		return id;
	}

	private static PersonRef ref(Payloads p, String field) {
		try {
			return new PersonRef(p.requiredText(field, 40));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of(field, "reconcile.person.ref.invalid");
		}
	}

}
