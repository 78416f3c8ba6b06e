package org.raqib.server.aid;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.raqib.server.access.RaqibUser;
import org.raqib.server.system.InvalidInput;
import org.raqib.server.system.Spreadsheet;
import org.springframework.stereotype.Service;

/**
 * Imports a manifest of consignments: all or nothing. Every row is checked first (again at apply, against
 * the record as it stands then); only a manifest without a single problem is appended.
 * <p>
 * The record cannot take back an entry, and each consignment and step is its own entry, so a failure
 * midway (the log refusing an entry, the server stopping) cannot be undone. The entries are therefore
 * appended stage by stage, not consignment by consignment: first every registration, then every arrival,
 * and so on, the crossings last but for the steps after them. The quotas count trucks at {@code crossed};
 * until that layer starts a broken import has counted nothing, and the consignments it left behind stand
 * on the board at an earlier stage, where the room sees them and can move them on by hand. A failure is
 * reported with what was appended and what remains, by reference and stage.
 * <p>
 * A closing entry ({@code aid.manifest-imported/v1}, referring to the consignments, with the facts held
 * back until it lands, as the exchange's lists do) would make even a failure inside the crossed layer
 * count nothing; it needs the projection to hold an import's facts aside, and is left for later.
 */
@Service
class ManifestImports {

	/** What an import appended. */
	record Applied(int consignments, int trucks, int entries) {
	}

	/** The note on a step the manifest did not time: it is recorded at the time of the stage reached. */
	static final String PASSED = "manifest: at the time of the stage reached";

	private final Consignments consignments;

	private final AgreementPlaces places;

	private final Clock clock;

	ManifestImports(Consignments consignments, AgreementPlaces places, Clock clock) {
		this.consignments = consignments;
		this.places = places;
		this.clock = clock;
	}

	/** Checks a mapped manifest against the agreement and the record, appending nothing. */
	ManifestCheck check(String log, Spreadsheet table, ManifestMapping mapping) {
		return ManifestRows.check(table, mapping, new ManifestRows.Context(this.places.of(log),
				reference -> this.consignments.find(log, reference).isPresent(), this.clock.instant()));
	}

	/**
	 * Checks the manifest again and appends it for the party, stage by stage.
	 * @throws InvalidInput {@code rows} when a row has a problem now (nothing appended), {@code file} when an
	 * append failed midway (naming what was appended and what remains).
	 */
	Applied apply(RaqibUser user, String log, String party, Spreadsheet table, ManifestMapping mapping) {
		AidActing.checkActsFor(user, log, party);
		ManifestCheck check = check(log, table, mapping);
		if (!check.valid()) {
			throw InvalidInput.of("rows", "aid.import.changed", check.problems().size());
		}
		return append(party, user.getUsername(), log, check.lines());
	}

	Applied append(String party, String recordedBy, String log, List<ManifestLine> lines) {
		int entries = 0;
		Stage layer = Stage.REGISTERED;
		String reference = "";
		try {
			for (ManifestLine line : lines) {
				reference = line.consignment().reference();
				this.consignments.register(party, recordedBy, log, line.consignment());
				entries++;
			}
			for (Stage stage : ManifestLine.PATH.subList(1, ManifestLine.PATH.size())) {
				layer = stage;
				for (ManifestLine line : reaching(lines, stage)) {
					reference = line.consignment().reference();
					this.consignments.step(party, recordedBy, log, new Consignments.NextStep(reference, stage.code(),
							line.reachedAt(), null, null, stage == line.reached() ? null : PASSED));
					entries++;
				}
			}
		}
		catch (RuntimeException ex) {
			throw InvalidInput.of("file", "aid.import.failed-midway", entries, reference, layer.code(),
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		}
		return new Applied(lines.size(), lines.stream().mapToInt(l -> l.consignment().trucks()).sum(), entries);
	}

	private static List<ManifestLine> reaching(List<ManifestLine> lines, Stage stage) {
		var reaching = new ArrayList<ManifestLine>();
		lines.stream().filter(l -> l.steps().contains(stage)).forEach(reaching::add);
		return reaching;
	}

}
