package org.raqib.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Names and terms that news writes in quotation marks without quoting anyone (movements, agencies, roads,
 * agreements): «حماس», «جبهة النصرة», «تاس», «إم 4», "Hamas". Compared by {@link ReportingToken#key} of the whole
 * quoted text, with a leading ال or و read away.
 */
final class QuoteTerms {

	private static final Set<String> TERMS = keys("""
			حماس|حركة حماس|الجهاد الإسلامي|جبهة النصرة|النصرة|هيئة تحرير الشام|داعش|تنظيم الدولة|حزب الله|الناتو|ناتو
			|تاس|سانا|رويترز|الأونروا|أونروا|إم 4|إم 5|إم4|إم5|خفض التصعيد|المنطقة العازلة|المنطقة الآمنة
			|محور نتساريم|محور فيلادلفيا|فيلادلفيا|نتساريم|سوتشي|أستانا|الخط الأصفر
			|hamas|hezbollah|nato|tass|m4|m5|unrwa|safe zone|buffer zone|yellow line|netzarim|philadelphi""");

	private QuoteTerms() {
	}

	static boolean isTerm(String quoted) {
		String key = ReportingToken.key(quoted.strip().replaceAll("\\s+", " "));
		return TERMS.contains(key) || key.startsWith("ال") && TERMS.contains(key.substring(2));
	}

	private static Set<String> keys(String terms) {
		var keys = new HashSet<String>();
		for (String term : terms.replace("\n", "").split("\\|")) {
			keys.add(ReportingToken.key(term.strip()));
		}
		return Set.copyOf(keys);
	}

}
