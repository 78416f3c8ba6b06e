package org.raqib.server.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InputValidation;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating users, enabling and disabling them, resetting passwords and granting roles, each change
 * audited. Refuses to leave the system without an enabled administrator.
 */
@Service
public class UserAdministration {

	/** A new user and, when Raqib chose it, the password to hand over (shown once). */
	public record CreatedUser(UserAccount user, @Nullable String generatedPassword) {
	}

	private final Users users;

	private final Grants grants;

	private final Parties parties;

	private final PasswordEncoder passwordEncoder;

	private final AccessAudit audit;

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final InputValidation validation;

	private final Clock clock;

	UserAdministration(Users users, Grants grants, Parties parties, PasswordEncoder passwordEncoder, AccessAudit audit,
			Sessions sessions, ApiTokens tokens, InputValidation validation, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.grants = grants;
		this.parties = parties;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.sessions = sessions;
		this.validation = validation;
		this.clock = clock;
	}

	public List<UserAccount> all() {
		return this.users.all();
	}

	public UserAccount byId(UUID id) {
		return this.users.byId(id).orElseThrow(() -> new NotFound("user"));
	}

	/** The user as a signed-in principal, with its current grants (no password). */
	public RaqibUser principal(UUID id) {
		UserAccount account = byId(id);
		return new RaqibUser(account.id(), account.username(), account.displayName(), null, account.enabled(),
				account.grants());
	}

	public Optional<UserAccount> byUsername(String username) {
		return this.users.byUsername(username);
	}

	/** Whether some enabled user can administer Raqib. */
	public boolean hasAdministrator() {
		return this.grants.enabledHolders(Role.ADMIN) > 0;
	}

	@Transactional
	public CreatedUser create(NewUser request, Actor actor) {
		var problems = new ArrayList<InvalidInput.FieldProblem>();
		collect(() -> this.validation.check(request), problems);
		GrantRequest first = request.firstGrant();
		if (first != null) {
			collect(() -> checkGrant(first), problems);
		}
		if (problems.isEmpty() && this.users.exists(request.username())) {
			problems.add(new InvalidInput.FieldProblem("username", "user.username.taken", List.of()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String password = request.password() != null ? request.password() : Passwords.generate();
		UUID id = UUID.randomUUID();
		this.users.insert(id, request.username(), request.displayName(), this.passwordEncoder.encode(password),
				this.clock.instant());
		this.audit.record(actor, AuditAction.USER_CREATED, request.username(), request.displayName());
		if (first != null) {
			insertGrant(id, request.username(), first, actor);
		}
		return new CreatedUser(byId(id), request.password() == null ? password : null);
	}

	@Transactional
	public void setEnabled(UUID id, boolean enabled, Actor actor) {
		UserAccount user = byId(id);
		if (!enabled && user.enabled() && user.holds(Role.ADMIN) && this.grants.enabledHolders(Role.ADMIN) <= 1) {
			throw InvalidInput.of("enabled", "user.last-admin");
		}
		this.users.setEnabled(id, enabled, this.clock.instant());
		this.audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, user.username(), "");
		if (!enabled) {
			this.sessions.endAll(user.username());
			this.tokens.forgetAll();
		}
	}

	/** @return the new password, to hand to the user; the user's sessions end. */
	@Transactional
	public String resetPassword(UUID id, Actor actor) {
		UserAccount user = byId(id);
		String password = Passwords.generate();
		this.users.setPasswordHash(id, this.passwordEncoder.encode(password), this.clock.instant());
		this.audit.record(actor, AuditAction.PASSWORD_RESET, user.username(), "");
		this.sessions.endAll(user.username());
		this.tokens.forgetAll();
		return password;
	}

	@Transactional
	public void changeOwnPassword(String username, String current, String replacement, Actor actor) {
		var credentials = this.users.credentials(username).orElseThrow(() -> new NotFound("user"));
		if (!this.passwordEncoder.matches(current, credentials.passwordHash())) {
			throw InvalidInput.of("currentPassword", "account.password.current-wrong");
		}
		if (replacement.length() < Passwords.MIN_LENGTH || replacement.length() > Passwords.MAX_LENGTH) {
			throw InvalidInput.of("newPassword", "user.password.size");
		}
		this.users.setPasswordHash(credentials.id(), this.passwordEncoder.encode(replacement), this.clock.instant());
		this.audit.record(actor, AuditAction.PASSWORD_CHANGED, username, "");
	}

	@Transactional
	public Grant grant(UUID userId, GrantRequest request, Actor actor) {
		UserAccount user = byId(userId);
		checkGrant(request);
		boolean duplicate = user.grants()
			.stream()
			.anyMatch(g -> g.role() == request.role() && g.agreement().equals(request.agreement())
					&& Objects.equals(g.party(), request.party()));
		if (duplicate) {
			throw InvalidInput.of("role", "grant.duplicate");
		}
		Grant grant = insertGrant(userId, user.username(), request, actor);
		this.sessions.endAll(user.username());
		this.tokens.forgetAll();
		return grant;
	}

	@Transactional
	public void revoke(UUID userId, UUID grantId, Actor actor) {
		UserAccount user = byId(userId);
		Grant grant = user.grants().stream().filter(g -> g.id().equals(grantId)).findFirst()
			.orElseThrow(() -> new NotFound("grant"));
		boolean lastAdminGrant = user.grants().stream().filter(g -> g.role() == Role.ADMIN).count() == 1;
		if (grant.role() == Role.ADMIN && lastAdminGrant && user.enabled()
				&& this.grants.enabledHolders(Role.ADMIN) <= 1) {
			throw InvalidInput.of("role", "user.last-admin");
		}
		this.grants.delete(userId, grantId);
		this.audit.record(actor, AuditAction.GRANT_REMOVED, user.username(), describe(grant));
		this.sessions.endAll(user.username());
		this.tokens.forgetAll();
	}

	private void checkGrant(GrantRequest request) {
		this.validation.check(request);
		Role role = Objects.requireNonNull(request.role());
		if (role.needsParty() && request.party() == null) {
			throw InvalidInput.of("party", "grant.party.required");
		}
		if (request.party() != null && this.parties.byCode(request.party()).filter(Party::active).isEmpty()) {
			throw InvalidInput.of("party", "grant.party.unknown");
		}
	}

	private Grant insertGrant(UUID userId, String username, GrantRequest request, Actor actor) {
		var grant = new Grant(UUID.randomUUID(), Objects.requireNonNull(request.role()),
				Objects.requireNonNull(request.agreement()), request.party(), this.clock.instant(),
				actor.username());
		this.grants.insert(userId, grant);
		this.audit.record(actor, AuditAction.GRANT_ADDED, username, describe(grant));
		return grant;
	}

	private static String describe(Grant grant) {
		return grant.role().name() + " in " + grant.agreement() + (grant.party() == null ? "" : " for " + grant.party());
	}

	private static void collect(Runnable check, List<InvalidInput.FieldProblem> problems) {
		try {
			check.run();
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
		}
	}

}
