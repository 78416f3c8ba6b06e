package org.raqib.server.osint;

import java.util.List;
import java.util.Optional;

import org.raqib.server.access.Grant;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.access.Role;
import org.raqib.server.record.Appended;
import org.raqib.server.record.Appending;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.RaqibProperties;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The claims waiting for a mediator's review, and the two decisions: accepting a claim records
 * {@code osint.claim-accepted/v1} and opens a draft in the module that records such figures (a
 * {@link DraftTarget}); rejecting records {@code osint.claim-rejected/v1} with a reason. Each is signed by the
 * mediating party the mediator acts for; a claim is decided once.
 */
@Service
public class ReviewQueue {

	/** No module records the claim's measure: the claim is accepted as news the room noted. */
	public static final String NO_TARGET = "none";

	/** An accepted claim: the entry, and the module form to complete its draft in (null with no target). */
	public record Accepted(Appended entry, Draft draft, Optional<String> form) {
	}

	private final ClaimTable claims;

	private final ArticleTable articles;

	private final List<DraftTarget> targets;

	private final Appending appending;

	private final String origin;

	ReviewQueue(ClaimTable claims, ArticleTable articles, List<DraftTarget> targets, Appending appending,
			RaqibProperties properties) {
		this.claims = claims;
		this.articles = articles;
		this.targets = List.copyOf(targets);
		this.appending = appending;
		this.origin = properties.origin();
	}

	/** Claims waiting for review for an agreement, newest articles first (for the room's dashboard). */
	public List<NewsClaim> waiting(String log, int limit) {
		return this.claims.waiting(log, limit);
	}

	public long waitingCount(String log) {
		return this.claims.waitingCount(log);
	}

	/** The modules a claim's draft can go to; empty when none records its measure. */
	public List<String> targetsFor(String measure) {
		return this.targets.stream().filter(t -> t.takes(measure)).map(DraftTarget::module).toList();
	}

	public Accepted accept(RaqibUser user, String log, String article, int number, String target) {
		String party = mediatingParty(user, log);
		NewsClaim claim = waitingClaim(log, article, number);
		Draft draft = draft(claim);
		Optional<DraftTarget> to = this.targets.stream().filter(t -> t.module().equals(target) && t.takes(claim.measure()))
			.findFirst();
		if (to.isEmpty() && !(NO_TARGET.equals(target) && targetsFor(claim.measure()).isEmpty())) {
			throw InvalidInput.of("target", "osint.target.unknown", target);
		}
		var decision = new DecisionPayloads.Decision("sha256:" + article, number, claim.measure(), claim.amount(),
				target, null);
		Appended entry = this.appending.append(log, OsintKinds.ACCEPTED, party, user.getUsername(), decision.write(),
				List.of());
		return new Accepted(entry, draft, to.map(t -> t.form(draft)));
	}

	public Appended reject(RaqibUser user, String log, String article, int number, String reason) {
		String party = mediatingParty(user, log);
		NewsClaim claim = waitingClaim(log, article, number);
		if (!DecisionPayloads.REASONS.contains(reason)) {
			throw InvalidInput.of("reason", "osint.reason.required");
		}
		var decision = new DecisionPayloads.Decision("sha256:" + article, number, claim.measure(), claim.amount(), null,
				reason);
		return this.appending.append(log, OsintKinds.REJECTED, party, user.getUsername(), decision.write(), List.of());
	}

	/** The draft an accepted claim made, for its module's form; the module's entry carries {@link Draft#link}. */
	Draft draft(NewsClaim claim) {
		NewsArticle article = this.articles.find(claim.log(), claim.article())
			.orElseThrow(() -> new NotFound("article " + claim.article()));
		String source = claim.saidBy() == null ? article.source() : claim.saidBy();
		String link = "https://" + this.origin + "/agreements/" + claim.log() + "/news/articles/" + claim.article() + "#"
				+ claim.anchor();
		return new Draft(claim.log(), article.reference(), claim.number(), claim.measure(), claim.amount(), claim.day(),
				source.length() > 200 ? source.substring(0, 200) : source, link, claim.place());
	}

	Optional<DraftTarget> target(String module) {
		return this.targets.stream().filter(t -> t.module().equals(module)).findFirst();
	}

	private NewsClaim waitingClaim(String log, String article, int number) {
		NewsClaim claim = this.claims.find(log, article, number).orElseThrow(() -> new NotFound("claim " + article + "#" + number));
		if (!claim.waiting()) {
			throw InvalidInput.of("claim", "osint.claim.decided");
		}
		return claim;
	}

	/** The mediating party the user acts for as a mediator of this agreement. */
	static String mediatingParty(RaqibUser user, String log) {
		return user.grants().stream()
			.filter(g -> g.role() == Role.MEDIATOR && g.covers(log) && g.party() != null)
			.map(Grant::party)
			.findFirst()
			.orElseThrow(() -> new Rejected(HttpStatus.FORBIDDEN, "NOT_A_MEDIATOR",
					"only a mediator of " + log + " reviews its news"));
	}

}
