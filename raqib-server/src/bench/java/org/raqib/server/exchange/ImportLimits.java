package org.raqib.server.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.sql.DataSource;

/**
 * What this machine does per person without Raqib: the person store's cryptography (a random salt and
 * nonce, SHA-256 of salt and encoding, AES-256-GCM of both with the reference as associated data) in a
 * tight loop, and plain JDBC batch inserts of rows of the {@code person} table's columns and sizes into a
 * scratch table of the same database.
 */
final class ImportLimits {

	private static final String CREATE = """
			CREATE TABLE bench_person (
			    ref VARCHAR(28) NOT NULL PRIMARY KEY, log_id VARCHAR(100) NOT NULL, list_id VARCHAR(100) NOT NULL,
			    party VARCHAR(40) NOT NULL, purpose VARCHAR(20) NOT NULL, legal_basis VARCHAR(20) NOT NULL,
			    retain_until DATE NOT NULL, commitment VARCHAR(71) NOT NULL, key_id VARCHAR(8) NOT NULL,
			    nonce BYTEA, ciphertext BYTEA, registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
			    purged_at TIMESTAMP WITH TIME ZONE)
			""";

	private static final String INSERT = """
			INSERT INTO bench_person (ref, log_id, list_id, party, purpose, legal_basis, retain_until, commitment,
			    key_id, nonce, ciphertext, registered_at) VALUES (?, 'bench', 'bench-list', 'israel', 'exchange',
			    'vital-interest', ?, ?, 'abcdef12', ?, ?, ?)
			""";

	static final int BATCH = 1_000;

	private final SecureRandom random = new SecureRandom();

	private long checksum;

	/** Persons per second sealed and committed to, over these encodings, after a warm-up pass. */
	double sealsPerSecond(SecretKey key, List<byte[]> encodings) throws Exception {
		seal(key, encodings);
		long start = System.nanoTime();
		seal(key, encodings);
		return encodings.size() / ((System.nanoTime() - start) / 1e9);
	}

	private void seal(SecretKey key, List<byte[]> encodings) throws Exception {
		for (int i = 0; i < encodings.size(); i++) {
			byte[] salt = new byte[32];
			byte[] nonce = new byte[12];
			this.random.nextBytes(salt);
			this.random.nextBytes(nonce);
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			byte[] commitment = sha.digest(encodings.get(i));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(("p-" + i + "\nbench").getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(ByteBuffer.allocate(salt.length + encodings.get(i).length)
				.put(salt).put(encodings.get(i)).array());
			this.checksum += commitment[0] + sealed[0];
		}
	}

	/**
	 * Rows per second inserted with {@code addBatch}, {@value #BATCH} a batch, all in one transaction as the
	 * person store writes a list, after a warm-up of as many rows; the scratch table is dropped afterwards.
	 */
	double rowsPerSecond(DataSource dataSource, int rows, int ciphertextBytes) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			execute(connection, "DROP TABLE IF EXISTS bench_person", CREATE);
			try {
				connection.setAutoCommit(false);
				insert(connection, 0, rows, ciphertextBytes);
				long start = System.nanoTime();
				insert(connection, rows, rows, ciphertextBytes);
				return rows / ((System.nanoTime() - start) / 1e9);
			}
			finally {
				connection.setAutoCommit(true);
				execute(connection, "DROP TABLE bench_person");
			}
		}
	}

	private void insert(Connection connection, int from, int rows, int ciphertextBytes) throws SQLException {
		byte[] ciphertext = new byte[ciphertextBytes];
		byte[] nonce = new byte[12];
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (int i = from; i < from + rows; i++) {
				this.random.nextBytes(ciphertext);
				insert.setString(1, String.format("p-%026d", i));
				insert.setObject(2, LocalDate.of(2099, 12, 31));
				insert.setString(3, "sha256:" + "0".repeat(58) + String.format("%06d", i % 1_000_000));
				insert.setBytes(4, nonce);
				insert.setBytes(5, ciphertext);
				insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
				insert.addBatch();
				if ((i + 1 - from) % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		connection.commit();
	}

	long checksum() {
		return this.checksum;
	}

	private static void execute(Connection connection, String... sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
