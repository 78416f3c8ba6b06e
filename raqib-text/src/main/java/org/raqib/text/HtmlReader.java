package org.raqib.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads one article from a web page: its headline, standfirst, publication time, canonical address, figure
 * captions and body paragraphs, without the page around it. Metadata is read before the boilerplate is
 * removed (the headline often sits in a header, the time in a script).
 */
public final class HtmlReader implements ArticleReader {

	/** Less than this much paragraph text is a page without a story (an index, an error page). */
	static final int MIN_TEXT = 80;

	private static final Pattern NOT_BODY = Pattern.compile("(?:^|[\\s_-])(byline|author|dateline|meta|date"
			+ "|timestamp|caption|credit|tags|info)(?:$|[\\s_-])");

	private static final Pattern READ_ALSO = Pattern.compile("^(اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|"
			+ "read more|read also|see also|related)(?:$|[\\s:：-]).*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Override
	public List<Article> read(byte[] bytes, String source) {
		String html = HtmlCharset.decode(bytes);
		HtmlTruncation.check(html);
		Document doc = Jsoup.parse(html);
		Element content = HtmlContent.find(doc.body());
		if (content == null) {
			throw noStory();
		}
		HtmlTitle.Found title = HtmlTitle.find(doc, content);
		if (title == null) {
			throw new TextException(TextException.Problem.MISSING_FIELD, "page", "the page has no title");
		}
		String subtitle = HtmlSubtitle.find(doc, title, content);
		Instant published = HtmlPublished.find(doc, content);
		String url = HtmlCanonical.find(doc);
		HtmlBoilerplate.remove(doc.body(), content);
		List<Article.Caption> captions = PageText.captions(HtmlTitle.articleScope(content));
		List<String> paragraphs = paragraphs(content, title.text(), subtitle, captions);
		if (paragraphs.stream().mapToInt(String::length).sum() < MIN_TEXT) {
			throw noStory();
		}
		String language = Languages.of(title.text() + "\n" + String.join("\n", paragraphs));
		return List.of(new Article(source, url, published, language, title.text(), subtitle, captions, paragraphs,
				"page"));
	}

	/** The content's blocks, less links lists, bylines, and text already read as title, subtitle or caption. */
	static List<String> paragraphs(Element content, String title, @Nullable String subtitle,
			List<Article.Caption> captions) {
		Set<String> seen = new HashSet<>();
		seen.add(title);
		if (subtitle != null) {
			seen.add(subtitle);
		}
		for (Article.Caption c : captions) {
			seen.add(c.text());
			seen.add(c.credit() == null ? c.text() : c.text() + " " + c.credit());
		}
		List<String> paragraphs = new ArrayList<>();
		for (Element block : PageText.blocks(content)) {
			String text = PageText.text(block);
			String name = (block.className() + " " + block.id()).toLowerCase(Locale.ROOT);
			if (PageText.linkDensity(block) > 0.5 || NOT_BODY.matcher(name).find() || READ_ALSO.matcher(text).matches()
					|| !seen.add(text)) {
				continue;
			}
			paragraphs.add(text);
		}
		return paragraphs;
	}

	private static TextException noStory() {
		return new TextException(TextException.Problem.FORMAT, "page",
				"no article on the page: no run of paragraphs long enough to be a story");
	}

}
