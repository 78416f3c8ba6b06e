package org.raqib.server.system;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an import tells which column of a file holds which field: by its header, compared as
 * {@link #normalised} text, so every import suggests its mapping from English and Arabic headers alike.
 */
public final class ColumnHeaders {

	private ColumnHeaders() {
	}

	/** The headers that suggest a field, normalised once. */
	public static Set<String> of(String... headers) {
		return Arrays.stream(headers).map(ColumnHeaders::normalised).collect(Collectors.toSet());
	}

	/** The first column not yet taken whose header is the field's code or one of its headers, or -1. */
	public static int find(List<String> headers, String code, Set<String> suggesting, Set<Integer> taken) {
		for (int i = 0; i < headers.size(); i++) {
			String h = normalised(headers.get(i));
			if (!taken.contains(i) && (h.equals(normalised(code)) || suggesting.contains(h))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A header reduced to what tells it apart: letters and digits only, lower case, Arabic without
	 * diacritics or tatweel and with one alef and one yeh/teh marbuta form, so {@code Name (Arabic)},
	 * {@code name_arabic} and {@code NAME ARABIC} are the same, and so are {@code الهويّة} and {@code الهوية}.
	 */
	public static String normalised(String header) {
		String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		var out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
				out.append('ا');
			}
			else if (c == 'ى') {
				out.append('ي');
			}
			else if (c == 'ة') {
				out.append('ه');
			}
			else if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK
					&& c != 'ـ') {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
