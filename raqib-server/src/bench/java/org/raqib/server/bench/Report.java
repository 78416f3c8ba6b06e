package org.raqib.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A benchmark's one table: each figure with its target, PASS or MISS, and the machine's limit beside it. */
public final class Report {

	private static final String FORMAT = "%-66s %-28s %-18s %-5s %s";

	private final List<String> lines = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private String title = "";

	public Report titled(String title) {
		this.title = title;
		return this;
	}

	/** A figure without a target: a machine limit or a detail. */
	public void row(String what, String figure, String beside) {
		add(what, figure, "", "", beside);
	}

	/** A figure with its target and whether it met it. */
	public void row(String what, String figure, String target, boolean met, String beside) {
		add(what, figure, target, met ? "PASS" : "MISS", beside);
	}

	public void section(String name) {
		this.lines.add(name);
		System.out.println(name);
	}

	public void note(String note) {
		this.notes.add(note);
	}

	private void add(String what, String figure, String target, String verdict, String beside) {
		String line = String.format(FORMAT, "  " + what, figure, target, verdict, beside).stripTrailing();
		this.lines.add(line);
		System.out.println(line);
	}

	public String text() {
		var text = new StringBuilder(this.title).append('\n');
		String header = String.format(FORMAT, "what", "figure", "target", "", "beside it (same run)");
		text.append(header.stripTrailing()).append('\n').append("-".repeat(160)).append('\n');
		this.lines.forEach(line -> text.append(line).append('\n'));
		if (!this.notes.isEmpty()) {
			text.append('\n');
			this.notes.forEach(note -> text.append("* ").append(note).append('\n'));
		}
		return text.toString();
	}

	public void write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text());
	}

	public static String rate(double perSecond) {
		return String.format("%,.0f", perSecond);
	}

	public static String millis(double millis) {
		if (Double.isNaN(millis)) {
			return "-";
		}
		return millis < 10 ? String.format("%.2f", millis) : String.format("%,.0f", millis);
	}

}
