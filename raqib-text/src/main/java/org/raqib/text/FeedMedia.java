package org.raqib.text;

import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import org.jdom2.Element;

/**
 * The Media RSS descriptions of an item's pictures ({@code media:description}, also inside
 * {@code media:content} and {@code media:group}), which Rome leaves as foreign markup.
 */
final class FeedMedia {

	static final String NAMESPACE = "http://search.yahoo.com/mrss/";

	private FeedMedia() {
	}

	static List<String> descriptions(SyndEntry entry) {
		List<String> descriptions = new ArrayList<>();
		for (Element e : entry.getForeignMarkup()) {
			collect(e, descriptions);
		}
		return descriptions;
	}

	private static void collect(Element e, List<String> into) {
		if (!NAMESPACE.equals(e.getNamespaceURI())) {
			return;
		}
		if (e.getName().equals("description")) {
			String text = PageText.clean(e.getTextTrim());
			if (!text.isEmpty()) {
				into.add(text);
			}
			return;
		}
		for (Element child : e.getChildren()) {
			collect(child, into);
		}
	}

}
