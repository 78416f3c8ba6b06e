package org.raqib.server.exchange;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.Spreadsheet;

/**
 * A list file between upload and apply, kept in the user's HTTP session only: it holds personal data,
 * so it is never written to disk or logged, and it is dropped on apply or cancel. Deliberately not
 * {@link java.io.Serializable}, so that no session store persists it.
 */
final class ListUpload {

	static final String SESSION_KEY = ListUpload.class.getName();

	private final String agreement;

	private final String fileName;

	private final Spreadsheet table;

	private ListImportForm form;

	private ListMapping mapping;

	private @Nullable ListCheck check;

	ListUpload(String agreement, String fileName, Spreadsheet table, ListImportForm form) {
		this.agreement = agreement;
		this.fileName = fileName;
		this.table = table;
		this.form = form;
		this.mapping = ListMapping.suggest(table.headers());
	}

	String agreement() {
		return this.agreement;
	}

	String fileName() {
		return this.fileName;
	}

	Spreadsheet table() {
		return this.table;
	}

	ListImportForm form() {
		return this.form;
	}

	ListMapping mapping() {
		return this.mapping;
	}

	@Nullable ListCheck check() {
		return this.check;
	}

	void form(ListImportForm form) {
		this.form = form;
	}

	void checked(ListMapping mapping, @Nullable ListCheck check) {
		this.mapping = mapping;
		this.check = check;
	}

	@Override
	public String toString() {
		return "ListUpload[" + this.agreement + ", " + this.table.rows().size() + " rows]";
	}

}
