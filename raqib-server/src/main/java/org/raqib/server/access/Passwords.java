package org.raqib.server.access;

import java.security.SecureRandom;

/** Generated passwords: 20 characters from an alphabet without look-alikes (about 114 bits). */
final class Passwords {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	static String generate() {
		var password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			if (i > 0 && i % 5 == 0) {
				password.append('-');
			}
			password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return password.toString();
	}

}
