package org.raqib.server.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated list of invented persons as the wizard receives it: a UTF-8 CSV file with the export's
 * columns. Each person's four-part names are a different combination of invented name parts (so no two
 * persons have the same names and birth year), with a distinct 9-digit ID number.
 */
final class ImportFile {

	private static final String[][] PARTS = { { "بنان", "Banan" }, { "تيماء", "Taima" }, { "جود", "Jud" },
			{ "داليا", "Dalia" }, { "راوية", "Rawiya" }, { "سديم", "Sadim" }, { "شذى", "Shadha" }, { "ضحى", "Duha" },
			{ "غيث", "Ghaith" }, { "فراس", "Firas" }, { "قصي", "Qusai" }, { "لؤي", "Luai" }, { "مهند", "Muhannad" },
			{ "نزار", "Nizar" }, { "هيثم", "Haitham" }, { "وسام", "Wisam" }, { "يمان", "Yaman" }, { "أوس", "Aws" },
			{ "براء", "Baraa" }, { "تميم", "Tamim" } };

	static final String HEADER = "name-ar,name-latin,name-he,id-number,date-of-birth,birth-year,place,categories,for,destination\n";

	private ImportFile() {
	}

	/** {@code count} persons, ID numbers from {@code firstId} on. */
	static byte[] csv(int firstId, int count) {
		var csv = new StringBuilder("\uFEFF").append(HEADER);
		for (int i = 0; i < count; i++) {
			LocalDate born = bornOn(i);
			csv.append(name(i, 0)).append(',').append(name(i, 1)).append(",,").append(firstId + i).append(',')
				.append(born).append(',').append(born.getYear()).append(",Ramallah,civilian;prisoner,,home\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The persons' texts as the person store encodes them (one field a line), for the machine's limits. */
	static List<byte[]> encodings(int firstId, int count) {
		var encodings = new ArrayList<byte[]>(count);
		for (int i = 0; i < count; i++) {
			LocalDate born = bornOn(i);
			encodings.add(String.join("\n", "raqib-person/v1", "name-ar=" + name(i, 0), "name-latin=" + name(i, 1),
					"name-he=", "id-number=" + (firstId + i), "date-of-birth=" + born, "birth-year=" + born.getYear(),
					"place=Ramallah", "").getBytes(StandardCharsets.UTF_8));
		}
		return encodings;
	}

	/** Four name parts chosen by the person's number in base 20: unique below 160,000 persons. */
	private static String name(int i, int script) {
		var name = new StringBuilder();
		for (int part = 0, rest = i; part < 4; part++, rest /= PARTS.length) {
			name.append(part == 0 ? "" : " ").append(PARTS[rest % PARTS.length][script]);
		}
		return name.toString();
	}

	private static LocalDate bornOn(int i) {
		return LocalDate.of(1960, 1, 1).plusDays(i % 14_000);
	}

}
