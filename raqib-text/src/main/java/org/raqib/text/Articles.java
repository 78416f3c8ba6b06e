package org.raqib.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads any news input by first telling its layout from its opening bytes: a JSON object on the first line is
 * JSON lines; an {@code rss}, {@code feed} or {@code rdf:RDF} root element is a feed; an HTML doctype, an
 * {@code <html>} element or text that is mostly markup is a web page; anything else is a plain-text dump.
 */
public final class Articles {

	public static final String DUMP = "dump";

	public static final String HTML = "html";

	public static final String FEED = "feed";

	public static final String JSONL = "jsonl";

	private static final Pattern ROOT = Pattern.compile("^(?:\\s*(?:<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>))*\\s*"
			+ "<([A-Za-z][\\w:.-]*)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern TAG = Pattern.compile("</?(p|div|span|a|br|body|head|article|section|h[1-6]|ul|li"
			+ "|img|meta|title|figure|table)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	/** A page needs this many tags in its opening kilobytes to count as HTML without saying so. */
	private static final int MANY_TAGS = 10;

	private Articles() {
	}

	/**
	 * @param name the file, site or feed name, used as the articles' source when the input names none.
	 * @throws TextException EMPTY for an input with nothing in it, or the chosen reader's error.
	 */
	public static List<Article> read(byte[] bytes, String name) {
		switch (layout(bytes, name)) {
			case JSONL:
				return new JsonLinesReader().read(bytes, name);
			case FEED:
				return new FeedReader().read(bytes, name);
			case HTML:
				return new HtmlReader().read(bytes, name);
			default:
				return new DumpReader().read(bytes, name);
		}
	}

	/** {@code dump}, {@code html}, {@code feed} or {@code jsonl}; the name is not consulted (files get renamed). */
	public static String layout(byte[] bytes, String name) {
		String head = head(bytes);
		if (head.isBlank()) {
			throw new TextException(TextException.Problem.EMPTY, "byte 0", "nothing to read in " + name);
		}
		String start = head.stripLeading();
		if (start.startsWith("{")) {
			return JSONL;
		}
		Matcher root = ROOT.matcher(start);
		if (root.find()) {
			String element = root.group(1).toLowerCase(Locale.ROOT);
			if (element.equals("rss") || element.equals("feed") || element.equals("rdf:rdf")) {
				return FEED;
			}
			if (element.equals("html")) {
				return HTML;
			}
		}
		String lower = start.toLowerCase(Locale.ROOT);
		if (lower.startsWith("<!doctype html") || lower.contains("<html")) {
			return HTML;
		}
		Matcher tags = TAG.matcher(start);
		int count = 0;
		while (count < MANY_TAGS && tags.find()) {
			count++;
		}
		return count >= MANY_TAGS ? HTML : DUMP;
	}

	/** The opening kilobytes as text, whatever their charset: only markup and brackets are looked at. */
	private static String head(byte[] bytes) {
		int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		return new String(bytes, from, Math.min(bytes.length - from, 8192), StandardCharsets.ISO_8859_1);
	}

}
