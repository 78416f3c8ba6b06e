package org.raqib.server.access;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The JSON API of access: who am I, users and grants (admins), parties, tokens, the audit (admins). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "access", description = "Users, grants, parties, API tokens and the access audit")
class AccessApi {

	/** The caller as the API shows it. */
	record Me(UUID id, String username, String displayName, List<Grant> grants) {
	}

	/** A created user, and its password when Raqib generated it (returned once). */
	record CreatedUser(UserAccount user, @Nullable String generatedPassword) {
	}

	record NewPassword(String password) {
	}

	record Enabled(boolean enabled) {
	}

	private final UserAdministration users;

	private final PartyAdministration parties;

	private final ApiTokens tokens;

	private final AccessAudit audit;

	AccessApi(UserAdministration users, PartyAdministration parties, ApiTokens tokens, AccessAudit audit) {
		this.users = users;
		this.parties = parties;
		this.tokens = tokens;
		this.audit = audit;
	}

	@GetMapping("/me")
	@Operation(summary = "The authenticated user and its grants")
	Me me(@AuthenticationPrincipal RaqibUser user) {
		return new Me(user.id(), user.getUsername(), user.displayName(), user.grants());
	}

	@GetMapping("/users")
	List<UserAccount> users() {
		return this.users.all();
	}

	@PostMapping("/users")
	ResponseEntity<CreatedUser> createUser(@RequestBody NewUser body, Authentication auth, HttpServletRequest request) {
		var created = this.users.create(body, Actor.of(auth, request));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
			.body(new CreatedUser(created.user(), created.generatedPassword()));
	}

	@GetMapping("/users/{id}")
	UserAccount user(@PathVariable UUID id) {
		return this.users.byId(id);
	}

	@PutMapping("/users/{id}/enabled")
	UserAccount setEnabled(@PathVariable UUID id, @RequestBody Enabled body, Authentication auth,
			HttpServletRequest request) {
		this.users.setEnabled(id, body.enabled(), Actor.of(auth, request));
		return this.users.byId(id);
	}

	@PostMapping("/users/{id}/password-reset")
	NewPassword resetPassword(@PathVariable UUID id, Authentication auth, HttpServletRequest request) {
		return new NewPassword(this.users.resetPassword(id, Actor.of(auth, request)));
	}

	@PostMapping("/users/{id}/grants")
	ResponseEntity<Grant> grant(@PathVariable UUID id, @RequestBody GrantRequest body, Authentication auth,
			HttpServletRequest request) {
		Grant grant = this.users.grant(id, body, Actor.of(auth, request));
		return ResponseEntity.status(201).body(grant);
	}

	@DeleteMapping("/users/{id}/grants/{grantId}")
	ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID grantId, Authentication auth,
			HttpServletRequest request) {
		this.users.revoke(id, grantId, Actor.of(auth, request));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/parties")
	List<Party> parties() {
		return this.parties.all();
	}

	@GetMapping("/parties/{code}")
	Party party(@PathVariable String code) {
		return this.parties.byCode(code);
	}

	@PostMapping("/parties")
	ResponseEntity<Party> registerParty(@RequestBody PartyDetails body, Authentication auth,
			HttpServletRequest request) {
		Party party = this.parties.register(body, Actor.of(auth, request));
		return ResponseEntity.created(URI.create("/api/v1/parties/" + party.code())).body(party);
	}

	@PutMapping("/parties/{code}")
	Party updateParty(@PathVariable String code, @RequestBody PartyDetails body, Authentication auth,
			HttpServletRequest request) {
		return this.parties.update(code, body, Actor.of(auth, request));
	}

	@GetMapping("/tokens")
	List<ApiToken> tokens(@AuthenticationPrincipal RaqibUser user) {
		return this.tokens.of(user.id());
	}

	@PostMapping("/tokens")
	ResponseEntity<ApiTokens.IssuedToken> issueToken(@AuthenticationPrincipal RaqibUser user,
			@RequestBody ApiTokens.TokenRequest body, Authentication auth, HttpServletRequest request) {
		return ResponseEntity.status(201).body(this.tokens.issue(user, body, Actor.of(auth, request)));
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revokeToken(@AuthenticationPrincipal RaqibUser user, @PathVariable UUID id,
			Authentication auth, HttpServletRequest request) {
		this.tokens.revoke(id, user, Actor.of(auth, request));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/audit")
	List<AuditEntry> audit(@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.audit.page(action, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
	}

}
