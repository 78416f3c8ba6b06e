package org.raqib.server.system;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request refused by a named rule (an entry with a bad signature, a sequence number out of turn, a
 * log that is not sequenced here). The API answers with the status, a detail in the user's language and
 * the rule's name, so a client can act on it; nothing of the request is applied.
 */
public class Rejected extends RuntimeException {

	private final HttpStatus status;

	private final String rule;

	private final Map<String, Object> properties;

	public Rejected(HttpStatus status, String rule, String reason) {
		this(status, rule, reason, Map.of());
	}

	public Rejected(HttpStatus status, String rule, String reason, Map<String, Object> properties) {
		super(reason);
		this.status = status;
		this.rule = rule;
		this.properties = Map.copyOf(properties);
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The rule's stable name, such as {@code INVALID_SIGNATURE} or {@code SEQ}. */
	public String rule() {
		return this.rule;
	}

	/** What a client needs to act, such as the expected sequence number. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
