package org.raqib.server.person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The canonical encoding of a person's data, over which the commitment is computed (docs/personal-data.md):
 * UTF-8 lines, each ending in a line feed: {@code raqib-person/v1}, then {@code name-ar=}, {@code name-latin=},
 * {@code name-he=}, {@code id-number=}, {@code date-of-birth=} (ISO), {@code birth-year=} and {@code place=},
 * in this order, each value NFC-normalised and stripped, an absent value empty. A value never holds a
 * control character, so the encoding is unambiguous and reads back into the same data.
 */
final class PersonEncoding {

	static final String VERSION = "raqib-person/v1";

	static final List<String> FIELDS = List.of("name-ar", "name-latin", "name-he", "id-number", "date-of-birth",
			"birth-year", "place");

	private PersonEncoding() {
	}

	/**
	 * The data as stored and committed to: texts NFC-normalised and stripped, blanks absent, and the birth
	 * year filled in from the date of birth.
	 */
	static PersonData canonical(PersonData data) {
		Integer year = data.dateOfBirth() != null ? Integer.valueOf(data.dateOfBirth().getYear()) : data.birthYear();
		return new PersonData(text(data.nameAr()), text(data.nameLatin()), text(data.nameHe()), text(data.idNumber()),
				data.dateOfBirth(), year, text(data.place()));
	}

	static byte[] encode(PersonData data) {
		PersonData c = canonical(data);
		var out = new StringBuilder(VERSION).append('\n');
		line(out, "name-ar", c.nameAr());
		line(out, "name-latin", c.nameLatin());
		line(out, "name-he", c.nameHe());
		line(out, "id-number", c.idNumber());
		line(out, "date-of-birth", c.dateOfBirth() == null ? null : c.dateOfBirth().toString());
		line(out, "birth-year", c.birthYear() == null ? null : c.birthYear().toString());
		line(out, "place", c.place());
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static PersonData decode(byte[] encoding) {
		String[] lines = new String(encoding, StandardCharsets.UTF_8).split("\n", -1);
		if (lines.length != FIELDS.size() + 2 || !lines[0].equals(VERSION) || !lines[lines.length - 1].isEmpty()) {
			throw new IllegalArgumentException("not a " + VERSION + " encoding");
		}
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			String prefix = FIELDS.get(i) + "=";
			if (!lines[i + 1].startsWith(prefix)) {
				throw new IllegalArgumentException("not a " + VERSION + " encoding: line " + (i + 2));
			}
			String value = lines[i + 1].substring(prefix.length());
			if (!value.isEmpty()) {
				values.put(FIELDS.get(i), value);
			}
		}
		String date = values.get("date-of-birth");
		String year = values.get("birth-year");
		return new PersonData(values.get("name-ar"), values.get("name-latin"), values.get("name-he"),
				values.get("id-number"), date == null ? null : LocalDate.parse(date),
				year == null ? null : Integer.valueOf(year), values.get("place"));
	}

	/** {@code sha256:} and the hex of SHA-256 over the salt followed by the encoding. */
	static String commitment(byte[] salt, byte[] encoding) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			return "sha256:" + HexFormat.of().formatHex(sha.digest(encoding));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void line(StringBuilder out, String field, @Nullable String value) {
		out.append(field).append('=').append(value == null ? "" : value).append('\n');
	}

	private static @Nullable String text(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String normal = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		return normal.isEmpty() ? null : normal;
	}

}
