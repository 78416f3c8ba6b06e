package org.raqib.server.access;

import java.time.Instant;

/** One line of the access audit: who did what to whom, when and from where. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String subject, String detail,
		String remoteAddress) {
}
