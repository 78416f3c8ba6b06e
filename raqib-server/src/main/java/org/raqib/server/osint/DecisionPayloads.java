package org.raqib.server.osint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.raqib.server.record.Payloads;
import org.raqib.server.system.InvalidInput;

/**
 * The payloads of the review decisions: which claim of which article (by its hash), what it counted, and the
 * draft's module or the reason for rejecting. No names, no text of the article: only what the room decided.
 */
final class DecisionPayloads {

	static final Pattern ARTICLE = Pattern.compile("sha256:[0-9a-f]{64}");

	static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	/** Why a claim is rejected. */
	static final List<String> REASONS = List.of("not-a-figure", "wrong-measure", "wrong-figure", "duplicate",
			"not-this-agreement", "unreliable-source");

	private DecisionPayloads() {
	}

	/** {@code osint.claim-accepted/v1} or {@code osint.claim-rejected/v1}. */
	record Decision(String article, int claim, String measure, @Nullable Long value, @Nullable String target,
			@Nullable String reason) {

		static final Set<String> ACCEPTED = Set.of("article", "claim", "measure", "value", "target");

		static final Set<String> REJECTED = Set.of("article", "claim", "measure", "value", "reason");

		static Decision accepted(byte[] payload) {
			Payloads p = Payloads.object(payload, ACCEPTED);
			String target = code(p, "target");
			return new Decision(article(p), claim(p), code(p, "measure"), value(p), target, null);
		}

		static Decision rejected(byte[] payload) {
			Payloads p = Payloads.object(payload, REJECTED);
			String reason = p.text("reason", 40);
			if (reason == null || !REASONS.contains(reason)) {
				throw InvalidInput.of("reason", "osint.reason.required");
			}
			return new Decision(article(p), claim(p), code(p, "measure"), value(p), null, reason);
		}

		byte[] write() {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("article", this.article);
			fields.put("claim", this.claim);
			fields.put("measure", this.measure);
			if (this.value != null) {
				fields.put("value", this.value);
			}
			if (this.target != null) {
				fields.put("target", this.target);
			}
			if (this.reason != null) {
				fields.put("reason", this.reason);
			}
			return Payloads.write(fields);
		}

		/** The article's hash without its {@code sha256:} prefix, as the tables keep it. */
		String hash() {
			return this.article.substring("sha256:".length());
		}

		private static String article(Payloads p) {
			String article = p.requiredText("article", 71);
			if (!ARTICLE.matcher(article).matches()) {
				throw InvalidInput.of("article", "osint.article.invalid");
			}
			return article;
		}

		private static int claim(Payloads p) {
			return (int) p.requiredNumber("claim", 1, 100_000);
		}

		private static @Nullable Long value(Payloads p) {
			return p.has("value") ? p.requiredNumber("value", 0, Long.MAX_VALUE / 2) : null;
		}

		private static String code(Payloads p, String field) {
			String code = p.requiredText(field, 40);
			if (!CODE.matcher(code).matches()) {
				throw InvalidInput.of(field, "osint.code.invalid");
			}
			return code;
		}

	}

}
