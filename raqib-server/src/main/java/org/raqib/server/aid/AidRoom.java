package org.raqib.server.aid;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.raqib.server.access.Parties;
import org.raqib.server.access.RaqibUser;
import org.raqib.server.agreement.AgreementDefinition;
import org.raqib.server.agreement.Agreements;
import org.raqib.server.record.RoomAccess;
import org.raqib.server.system.NotFound;
import org.raqib.server.system.RaqibProperties;
import org.raqib.server.system.Rejected;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Opens an aid page for a member of the agreement's room, and refuses anyone else. */
@Component
class AidRoom {

	private final Agreements agreements;

	private final Parties parties;

	private final AgreementPlaces places;

	private final RaqibProperties properties;

	AidRoom(Agreements agreements, Parties parties, AgreementPlaces places, RaqibProperties properties) {
		this.agreements = agreements;
		this.parties = parties;
		this.places = places;
		this.properties = properties;
	}

	AidPage page(String id, RaqibUser user, Locale locale) {
		if (!RoomAccess.isRoomMember(user, id)) {
			throw new Rejected(HttpStatus.FORBIDDEN, "NOT_IN_THE_ROOM", "only the room of " + id + " sees its aid");
		}
		AgreementDefinition definition = this.agreements.latest(id)
			.orElseThrow(() -> new NotFound("agreement " + id))
			.definition();
		Set<String> codes = definition.parties().stream().map(AgreementDefinition.AgreementParty::party)
			.collect(Collectors.toSet());
		Map<String, String> names = new TreeMap<>();
		this.parties.all().stream().filter(p -> codes.contains(p.code())).forEach(p -> names.put(p.code(), p.name(locale)));
		List<String> acting = definition.parties().stream().map(AgreementDefinition.AgreementParty::party)
			.filter(p -> AidActing.mayActFor(user, id, p)).toList();
		AgreementPlaces.Places at = this.places.of(id);
		return new AidPage(id, definition.name(), at.zone(), names, at.crossings(), acting, AidPage.arabic(locale),
				this.properties.demo() && DemoAid.LOG.equals(id));
	}

}
