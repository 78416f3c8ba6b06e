package org.raqib.server.person;

/**
 * A person once stored: the reference and the commitment the record carries.
 *
 * @param commitment {@code sha256:} and 64 hex digits, over the salt and the canonical encoding of the
 * person's data (docs/personal-data.md).
 */
public record Registered(PersonRef ref, String commitment) {
}
