package org.raqib.text.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.raqib.text.names.NameMatcher;
import org.raqib.text.names.NameRecord;
import org.raqib.text.names.Reconciliation;

/**
 * 10,000 persons with four-part Arabic names against the same persons as another party writes them (Latin
 * transliteration with spelling variants, a grandfather left out, "FAMILY, Given", one in twenty left out
 * and one in twenty others added), reconciled one to one; beside it, in the same run, a naive all-pairs
 * comparison of a 1,000 × 1,000 sample, extrapolated to 10,000 × 10,000. Both use every core. Seeded: the
 * same lists each run.
 */
public final class NameBenchmark {

	private record Name(String ar, String... latin) {
	}

	private static final List<Name> GIVEN = List.of(new Name("محمد", "Mohammed", "Muhammad", "Mohamed"),
			new Name("أحمد", "Ahmad", "Ahmed"), new Name("محمود", "Mahmoud", "Mahmud"), new Name("خالد", "Khaled", "Khalid"),
			new Name("يوسف", "Yousef", "Youssef", "Yusuf"), new Name("عمر", "Omar", "Umar"), new Name("علي", "Ali"),
			new Name("حسن", "Hassan", "Hasan"), new Name("حسين", "Hussein", "Husain"), new Name("إبراهيم", "Ibrahim"),
			new Name("سامي", "Sami"), new Name("طارق", "Tareq", "Tariq"), new Name("وليد", "Walid", "Waleed"),
			new Name("ماهر", "Maher"), new Name("نبيل", "Nabil", "Nabeel"), new Name("رامي", "Rami"),
			new Name("زياد", "Ziad", "Ziyad"), new Name("باسل", "Basel", "Bassel"), new Name("عماد", "Imad", "Emad"),
			new Name("فادي", "Fadi"), new Name("سليم", "Salim", "Saleem"), new Name("كريم", "Karim", "Kareem"),
			new Name("جمال", "Jamal", "Gamal"), new Name("كمال", "Kamal"), new Name("صالح", "Saleh", "Salih"),
			new Name("صلاح", "Salah"), new Name("عادل", "Adel", "Adil"), new Name("هاني", "Hani", "Hany"),
			new Name("ياسر", "Yasser", "Yasir"), new Name("مراد", "Murad", "Mourad"), new Name("أنس", "Anas"),
			new Name("عبد الله", "Abdallah", "Abdullah"), new Name("عبد الرحمن", "Abdelrahman", "Abdul Rahman"),
			new Name("مصطفى", "Mustafa", "Moustafa"), new Name("أسامة", "Osama", "Usama"), new Name("بلال", "Bilal"),
			new Name("حمزة", "Hamza"), new Name("سعيد", "Said", "Saeed"), new Name("منصور", "Mansour"),
			new Name("إسماعيل", "Ismail"), new Name("موسى", "Musa", "Moussa"), new Name("عيسى", "Issa"),
			new Name("يحيى", "Yahya"), new Name("زكريا", "Zakaria"), new Name("هشام", "Hisham", "Hesham"),
			new Name("أيمن", "Ayman"), new Name("رائد", "Raed"), new Name("ناصر", "Nasser", "Naser"),
			new Name("جهاد", "Jihad"), new Name("ماجد", "Majed", "Majid"), new Name("فؤاد", "Fouad", "Fuad"),
			new Name("أشرف", "Ashraf"), new Name("عمار", "Ammar"), new Name("عامر", "Amer"), new Name("سمير", "Samir"),
			new Name("جميل", "Jamil"), new Name("خليل", "Khalil"), new Name("شادي", "Shadi"), new Name("وائل", "Wael"),
			new Name("غسان", "Ghassan"));

	private static final List<Name> FAMILY = List.of(new Name("الحداد", "al-Haddad", "Haddad"),
			new Name("النجار", "al-Najjar", "Najjar"), new Name("الخطيب", "al-Khatib", "el-Khatib"),
			new Name("الشامي", "al-Shami"), new Name("العطار", "al-Attar"), new Name("الصباغ", "al-Sabbagh"),
			new Name("البيطار", "al-Bitar"), new Name("الزين", "al-Zein"), new Name("الحلبي", "al-Halabi"),
			new Name("الدباغ", "al-Dabbagh"), new Name("القاضي", "al-Qadi"), new Name("السقا", "al-Saqqa"),
			new Name("الفرا", "al-Farra"), new Name("الطويل", "al-Tawil", "al-Taweel"), new Name("الخياط", "al-Khayyat"),
			new Name("عودة", "Odeh", "Awda"), new Name("حمدان", "Hamdan"), new Name("سلامة", "Salameh", "Salama"),
			new Name("جابر", "Jaber"), new Name("عيسى", "Issa"), new Name("داود", "Dawoud", "Daoud"),
			new Name("أبو شمالة", "Abu Shamala"), new Name("أبو ريدة", "Abu Rida", "Abou Rida"),
			new Name("الأسطل", "al-Astal"), new Name("البرغوثي", "Barghouti", "al-Barghouthi"),
			new Name("الرنتيسي", "al-Rantisi"), new Name("الزهار", "al-Zahhar"), new Name("شعث", "Shaath"),
			new Name("دحلان", "Dahlan"), new Name("المصري", "al-Masri"), new Name("قاسم", "Qassem", "Kassem"),
			new Name("الشوبكي", "al-Shobaki"), new Name("أبو غوش", "Abu Ghosh"), new Name("هنية", "Haniyeh"),
			new Name("السنوار", "al-Sinwar"), new Name("العاروري", "al-Arouri"), new Name("الكرد", "al-Kurd"),
			new Name("التميمي", "al-Tamimi"), new Name("الوزير", "al-Wazir"), new Name("القنطار", "al-Qantar"),
			new Name("المغربي", "al-Maghribi"), new Name("الجعبري", "al-Jaabari"), new Name("الهندي", "al-Hindi"),
			new Name("الحسيني", "al-Husseini"), new Name("العلمي", "al-Alami"), new Name("المالكي", "al-Maliki"),
			new Name("الشكعة", "al-Shakaa"), new Name("عويس", "Owais"), new Name("الشقاقي", "al-Shaqaqi"),
			new Name("الدحدوح", "al-Dahdouh"), new Name("الحايك", "al-Hayek"), new Name("أبو عيشة", "Abu Aisha"),
			new Name("الصوراني", "al-Sourani"), new Name("أبو زيد", "Abu Zeid"), new Name("الأحمد", "al-Ahmad"),
			new Name("الشيخ", "al-Sheikh"), new Name("النخالة", "al-Nakhala"), new Name("الغول", "al-Ghoul"),
			new Name("أبو حسنة", "Abu Hasna"), new Name("الكحلوت", "al-Kahlout"));

	private record Person(int g, int f, int gf, int fam, int year, String id) {
	}

	private NameBenchmark() {
	}

	public static void main(String[] args) {
		boolean smoke = Boolean.getBoolean("bench.smoke");
		int n = smoke ? 2_000 : 10_000;
		var random = new Random(2025);
		List<Person> persons = persons(n + n / 20, random);
		var left = new ArrayList<NameRecord>();
		var right = new ArrayList<NameRecord>();
		for (int i = 0; i < persons.size(); i++) {
			Person p = persons.get(i);
			if (i < n) {
				left.add(new NameRecord("l" + i, List.of(arabic(p)), random.nextInt(3) == 0 ? p.id() : null, p.year()));
			}
			if (i % 20 != 7 || i >= n) {
				right.add(new NameRecord("r" + i, List.of(latin(p, random)), random.nextInt(3) == 0 ? p.id() : null,
						random.nextInt(2) == 0 ? p.year() : null));
			}
		}
		Collections.shuffle(right, random);
		System.out.printf("Raqib name reconciliation benchmark (%s): %,d x %,d persons, %d processors%n",
				smoke ? "smoke" : "full", left.size(), right.size(), Runtime.getRuntime().availableProcessors());
		var reconciliation = new Reconciliation();
		reconciliation.reconcile(left.subList(0, 1000), right.subList(0, 1000));
		Reconciliation.Result result = null;
		long best = Long.MAX_VALUE;
		long bestCpu = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			long start = System.nanoTime();
			long cpu = cpuNanos();
			result = reconciliation.reconcile(left, right);
			best = Math.min(best, System.nanoTime() - start);
			bestCpu = Math.min(bestCpu, cpuNanos() - cpu);
		}
		int correct = 0;
		for (Reconciliation.Pair pair : concat(result.matched(), result.probable())) {
			correct += left.get(pair.left()).ref().substring(1).equals(right.get(pair.right()).ref().substring(1)) ? 1 : 0;
		}
		System.out.printf("  reconciled: %.2f s (best of 3), %,d comparisons after blocking; %,d matched, %,d probable, "
				+ "%,d + %,d unmatched; %,d of the pairs are the same person%n", best / 1e9, result.comparisons(),
				result.matched().size(), result.probable().size(), result.leftUnmatched().size(),
				result.rightUnmatched().size(), correct);
		System.out.printf("  CPU time of the reconciliation: %.2f s (best of 3), so %.2f s on 2 idle cores%n", bestCpu / 1e9,
				bestCpu / 2e9);
		naive(left.subList(0, 1000), right.subList(0, 1000), (double) left.size() * right.size());
		System.out.printf("  system load average (1 min) at the end: %.2f on %d processors%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
	}

	private static void naive(List<NameRecord> left, List<NameRecord> right, double full) {
		var matcher = new NameMatcher();
		List<NameMatcher.Prepared> l = left.stream().map(matcher::prepare).toList();
		List<NameMatcher.Prepared> r = right.stream().map(matcher::prepare).toList();
		long start = System.nanoTime();
		double sum = l.parallelStream().mapToDouble(a -> r.stream().mapToDouble(b -> matcher.compare(a, b).score()).sum())
			.sum();
		double seconds = (System.nanoTime() - start) / 1e9;
		double pairs = (double) l.size() * r.size();
		System.out.printf("  naive all pairs, 1,000 x 1,000 sample: %.2f s (%,.0f comparisons/s; score sum %.0f); "
				+ "extrapolated to the full lists: %.0f s%n", seconds, pairs / seconds, sum, seconds * full / pairs);
	}

	/** The process's CPU time: the work done, whatever else the machine is running. */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static List<Person> persons(int count, Random random) {
		var persons = new ArrayList<Person>();
		for (int i = 0; i < count; i++) {
			persons.add(new Person(random.nextInt(GIVEN.size()), random.nextInt(GIVEN.size()),
					random.nextInt(GIVEN.size()), random.nextInt(FAMILY.size()), 1950 + random.nextInt(55),
					String.valueOf(400_000_000 + random.nextInt(500_000_000))));
		}
		return persons;
	}

	private static String arabic(Person p) {
		return String.join(" ", GIVEN.get(p.g()).ar(), GIVEN.get(p.f()).ar(), GIVEN.get(p.gf()).ar(),
				FAMILY.get(p.fam()).ar());
	}

	/** Spelling variants; one in five without the grandfather, one in ten written "FAMILY, Given". */
	private static String latin(Person p, Random random) {
		String given = pick(GIVEN.get(p.g()), random);
		String father = pick(GIVEN.get(p.f()), random);
		String family = pick(FAMILY.get(p.fam()), random);
		int form = random.nextInt(10);
		if (form == 0) {
			return family.toUpperCase(java.util.Locale.ROOT) + ", " + given + " " + father;
		}
		if (form < 3) {
			return String.join(" ", given, father, family);
		}
		return String.join(" ", given, father, pick(GIVEN.get(p.gf()), random), family);
	}

	private static String pick(Name name, Random random) {
		return name.latin()[random.nextInt(name.latin().length)];
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		var all = new ArrayList<T>(a);
		all.addAll(b);
		return all;
	}

}
