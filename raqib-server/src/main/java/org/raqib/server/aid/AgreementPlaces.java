package org.raqib.server.aid;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.raqib.server.agreement.Agreements;
import org.raqib.server.geo.Crossing;
import org.raqib.server.geo.GeoJsonReader;
import org.raqib.server.geo.Geography;
import org.raqib.server.system.NotFound;
import org.springframework.stereotype.Component;

/** An agreement's crossings and time zone, read once per agreement version. */
@Component
class AgreementPlaces {

	/** What the aid module needs of one agreement version. */
	record Places(ZoneId zone, List<Crossing> crossings) {

		boolean hasCrossing(String id) {
			return this.crossings.stream().anyMatch(c -> c.id().equals(id));
		}

	}

	private final Agreements agreements;

	private final Map<String, Places> byVersion = new ConcurrentHashMap<>();

	AgreementPlaces(Agreements agreements) {
		this.agreements = agreements;
	}

	Places of(String agreement) {
		var version = this.agreements.latest(agreement).orElseThrow(() -> new NotFound("agreement " + agreement));
		return this.byVersion.computeIfAbsent(agreement + "#" + version.version(), key -> {
			String geojson = version.definition().geography();
			Geography geography = geojson == null || geojson.isBlank() ? null : GeoJsonReader.read(geojson);
			return new Places(ZoneId.of(version.definition().timeZone()),
					geography == null ? List.of() : geography.crossings());
		});
	}

}
