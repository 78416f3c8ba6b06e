package org.raqib.text;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The value of a digit group as news writes it. A comma, the Arabic thousands separator ٬ or (in Arabic text)
 * a dot followed by exactly three digits separates thousands; otherwise the dot, the Arabic decimal
 * separator ٫ or a single comma before fewer or more than three digits is a decimal point. So 1,890 = 1.890 (in
 * Arabic) = ١٬٨٩٠ = 1890, while 3.5 and ٣٫٥ are 3.5 and 1.890 in English is 1.89.
 */
final class NumberDigits {

	private NumberDigits() {
	}

	static @Nullable BigDecimal parse(String digits, String language) {
		String[] groups = digits.split("[.,\u066B\u066C]", -1);
		if (groups.length == 1) {
			return new BigDecimal(digits);
		}
		var integer = new StringBuilder(groups[0]);
		int at = groups[0].length();
		for (int g = 1; g < groups.length; g++) {
			char separator = digits.charAt(at);
			boolean thousands = groups[g].length() == 3 && (separator == ',' || separator == '\u066C'
					|| (separator == '.' && !language.equals("en")));
			if (thousands) {
				integer.append(groups[g]);
			}
			else if (g == groups.length - 1 && separator != '\u066C') {
				return new BigDecimal(integer + "." + groups[g]);
			}
			else {
				return null;
			}
			at += 1 + groups[g].length();
		}
		return new BigDecimal(integer.toString());
	}

}
