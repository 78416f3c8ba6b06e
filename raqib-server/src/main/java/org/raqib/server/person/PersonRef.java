package org.raqib.server.person;

/**
 * The opaque reference by which the record names a person: random, so it says nothing about who the
 * person is ({@code p-} and 26 lower-case base32 characters).
 */
public record PersonRef(String value) {

	public static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("p-[a-z2-7]{26}");

	public PersonRef {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a person reference");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
