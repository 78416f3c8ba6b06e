package org.raqib.server.person;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a person's salt and canonical encoding, with a 12-byte random nonce, a 128-bit tag,
 * and the person's reference and log as associated data, so a ciphertext moved to another row does not
 * decrypt.
 */
final class PersonCipher {

	static final int SALT_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** A person's plaintext: the salt and the canonical encoding. */
	record Opened(byte[] salt, byte[] encoding) {
	}

	/** What is stored: the nonce and the ciphertext (with its tag). */
	record Sealed(byte[] nonce, byte[] ciphertext) {
	}

	private PersonCipher() {
	}

	static Sealed seal(SecretKey key, SecureRandom random, PersonRef ref, String log, byte[] salt, byte[] encoding) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		byte[] plain = new byte[salt.length + encoding.length];
		System.arraycopy(salt, 0, plain, 0, salt.length);
		System.arraycopy(encoding, 0, plain, salt.length, encoding.length);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(ref, log));
			return new Sealed(nonce, cipher.doFinal(plain));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
		finally {
			Arrays.fill(plain, (byte) 0);
		}
	}

	static Opened open(SecretKey key, PersonRef ref, String log, byte[] nonce, byte[] ciphertext) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(ref, log));
			byte[] plain = cipher.doFinal(ciphertext);
			return new Opened(Arrays.copyOf(plain, SALT_BYTES), Arrays.copyOfRange(plain, SALT_BYTES, plain.length));
		}
		catch (GeneralSecurityException ex) {
			// No detail: the ref is enough to find the row, and the data must not reach a log.
			throw new IllegalStateException("the stored data of " + ref + " does not decrypt with the configured key");
		}
	}

	private static byte[] aad(PersonRef ref, String log) {
		return ("raqib-person/v1\n" + ref.value() + "\n" + log).getBytes(StandardCharsets.UTF_8);
	}

}
