package org.raqib.server.incident;

import java.util.Optional;

/** The export formats: ACLED's CSV columns, the same with HXL hashtags under the headers, GeoJSON. */
enum ExportFormat {

	ACLED("csv", "text/csv"), HXL("csv", "text/csv"), GEOJSON("geojson", "application/geo+json");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	String extension() {
		return this.extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	String code() {
		return Codes.code(this);
	}

	static Optional<ExportFormat> ofCode(String code) {
		return Codes.parse(ExportFormat.class, code);
	}

}
