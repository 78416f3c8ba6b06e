package org.raqib.server.aid;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Spreadsheet;

/**
 * A manifest between upload and apply, kept in the user's HTTP session only and dropped on apply or cancel.
 * Not {@link java.io.Serializable}, so that no session store persists it.
 */
final class ManifestUpload {

	static final String SESSION_KEY = ManifestUpload.class.getName();

	private final String agreement;

	private final String fileName;

	private final String party;

	private final Spreadsheet table;

	private ManifestMapping mapping;

	private @Nullable ManifestCheck check;

	ManifestUpload(String agreement, String fileName, String party, Spreadsheet table) {
		this.agreement = agreement;
		this.fileName = fileName;
		this.party = party;
		this.table = table;
		this.mapping = ManifestMapping.suggest(table.headers());
	}

	String agreement() {
		return this.agreement;
	}

	String fileName() {
		return this.fileName;
	}

	String party() {
		return this.party;
	}

	Spreadsheet table() {
		return this.table;
	}

	ManifestMapping mapping() {
		return this.mapping;
	}

	@Nullable ManifestCheck check() {
		return this.check;
	}

	void checked(ManifestMapping mapping, @Nullable ManifestCheck check) {
		this.mapping = mapping;
		this.check = check;
	}

}
