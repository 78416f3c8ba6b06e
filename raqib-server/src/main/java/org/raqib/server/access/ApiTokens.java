package org.raqib.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InputValidation;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing, checking and revoking API tokens. A token is {@code rq_} and 43 characters of base64url
 * (256 random bits); it is shown once and stored as its SHA-256.
 */
@Service
public class ApiTokens {

	/** What a user asks for: a label, and a lifetime in days (none: until revoked). */
	public record TokenRequest(@NotBlank(message = "{token.label.required}") @Size(max = 80,
			message = "{token.label.size}") String label,
			@Nullable @Min(value = 1, message = "{token.days.range}") @Max(value = 3650,
					message = "{token.days.range}") Integer days) {

		public TokenRequest {
			label = label == null ? "" : label.strip();
		}

	}

	/** A new token and its secret, which Raqib never shows again. */
	public record IssuedToken(ApiToken token, String secret) {
	}

	static final String PREFIX = "rq_";

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private static final String SELECT = """
			SELECT t.id, t.user_id, u.username, t.label, t.token_prefix, t.created_at, t.expires_at, t.last_used_at,
			       t.revoked_at
			FROM api_token t JOIN app_user u ON u.id = t.user_id
			""";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Users users;

	private final AccessAudit audit;

	private final InputValidation validation;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Users users, AccessAudit audit, InputValidation validation, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.validation = validation;
		this.clock = clock;
	}

	public List<ApiToken> of(UUID userId) {
		return this.jdbc.sql(SELECT + " WHERE t.user_id = :user ORDER BY t.created_at DESC")
			.param("user", userId)
			.query(ApiTokens::token)
			.list();
	}

	@Transactional
	public IssuedToken issue(RaqibUser user, TokenRequest request, Actor actor) {
		this.validation.check(request);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expires = request.days() == null ? null : now.plus(Duration.ofDays(request.days()));
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO api_token (id, user_id, label, token_prefix, token_hash, created_at, expires_at)
				VALUES (:id, :user, :label, :prefix, :hash, :now, :expires)
				""")
			.param("id", id)
			.param("user", user.id())
			.param("label", request.label())
			.param("prefix", secret.substring(0, 11))
			.param("hash", hash(secret))
			.param("now", Timestamps.utc(now))
			.param("expires", Timestamps.utc(expires))
			.update();
		this.audit.record(actor, AuditAction.TOKEN_ISSUED, user.getUsername(), request.label());
		return new IssuedToken(byId(id), secret);
	}

	/** Revokes a token of the user's own, or anyone's when the user is an administrator. */
	@Transactional
	public void revoke(UUID tokenId, RaqibUser user, Actor actor) {
		ApiToken token = byId(tokenId);
		if (!token.userId().equals(user.id()) && !user.isAdmin()) {
			throw new NotFound("token");
		}
		this.jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("id", tokenId)
			.param("now", Timestamps.utc(this.clock.instant()))
			.update();
		forgetAll();
		this.audit.record(actor, AuditAction.TOKEN_REVOKED, token.username(), token.label());
	}

	/**
	 * The enabled user a usable token belongs to. Answers are remembered for {@link #REMEMBERED} (a machine
	 * client sends many requests a second); any change to tokens, users or grants on this node forgets them
	 * at once, and another node's change takes effect here within that time.
	 */
	public Optional<RaqibUser> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(secret);
		Instant now = this.clock.instant();
		Remembered remembered = this.remembered.get(hash);
		if (remembered != null && now.isBefore(remembered.until())) {
			return Optional.of(remembered.user());
		}
		Optional<RaqibUser> user = lookUp(secret, now);
		if (this.remembered.size() > MAX_REMEMBERED) {
			this.remembered.clear();
		}
		user.ifPresent(u -> this.remembered.put(hash, new Remembered(u, now.plus(REMEMBERED))));
		return user;
	}

	/** Forgets every remembered answer: called on any change of tokens, users or grants. */
	public void forgetAll() {
		this.remembered.clear();
	}

	private Optional<RaqibUser> lookUp(String secret, Instant now) {
		Optional<ApiToken> token = this.jdbc.sql(SELECT + " WHERE t.token_hash = :hash")
			.param("hash", hash(secret))
			.query(ApiTokens::token)
			.optional()
			.filter(t -> t.usableAt(now));
		token.ifPresent(t -> touch(t, now));
		return token.flatMap(t -> this.users.byId(t.userId()))
			.filter(UserAccount::enabled)
			.map(u -> new RaqibUser(u.id(), u.username(), u.displayName(), null, true, u.grants()));
	}

	private record Remembered(RaqibUser user, Instant until) {
	}

	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private static final int MAX_REMEMBERED = 10_000;

	private final java.util.concurrent.ConcurrentHashMap<String, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

	private ApiToken byId(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(ApiTokens::token).optional()
			.orElseThrow(() -> new NotFound("token"));
	}

	private void touch(ApiToken token, Instant now) {
		if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
			this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
				.param("id", token.id())
				.param("now", Timestamps.utc(now))
				.update();
		}
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("username"),
				rs.getString("label"), rs.getString("token_prefix"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "expires_at"), Timestamps.instant(rs, "last_used_at"),
				Timestamps.instant(rs, "revoked_at"));
	}

}
