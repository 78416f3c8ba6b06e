package org.raqib.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS 2.0 or Atom feed, one article per item ({@code origin} {@code item N}): its title, link, date
 * (published, else updated), and its content (else its description) as paragraphs, with the captions of its
 * figures and of its {@code media:description}s. The articles' source is the feed's own title when it has one,
 * else the name the feed was given under.
 */
public final class FeedReader implements ArticleReader {

	@Override
	public List<Article> read(byte[] bytes, String source) {
		SyndFeed feed = parse(bytes);
		String feedTitle = feed.getTitle() == null ? "" : PageText.clean(feed.getTitle());
		String name = feedTitle.isEmpty() ? source : feedTitle;
		List<Article> articles = new ArrayList<>();
		List<SyndEntry> entries = feed.getEntries();
		for (int i = 0; i < entries.size(); i++) {
			articles.add(article(entries.get(i), name, "item " + (i + 1)));
		}
		return articles;
	}

	private static Article article(SyndEntry entry, String source, String origin) {
		String title = entry.getTitle() == null ? "" : PageText.clean(Jsoup.parse(entry.getTitle()).text());
		if (title.isEmpty()) {
			throw new TextException(TextException.Problem.MISSING_FIELD, origin, "the item has no title");
		}
		String html = html(entry);
		List<String> paragraphs = new ArrayList<>(PageText.fragmentParagraphs(html));
		paragraphs.remove(title);
		Set<Article.Caption> captions = new LinkedHashSet<>(PageText.fragmentCaptions(html));
		FeedMedia.descriptions(entry).forEach(d -> captions.add(Captions.split(d)));
		String language = Languages.of(title + "\n" + String.join("\n", paragraphs));
		return new Article(source, link(entry), published(entry), language, title, null, List.copyOf(captions),
				paragraphs, origin);
	}

	/** The full content when the item carries it ({@code content:encoded}, Atom content), else its summary. */
	private static String html(SyndEntry entry) {
		StringBuilder html = new StringBuilder();
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				html.append(content.getValue()).append('\n');
			}
		}
		if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
			html.append(entry.getDescription().getValue());
		}
		return html.toString();
	}

	private static @Nullable String link(SyndEntry entry) {
		String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
		return link == null || !link.strip().startsWith("http") ? null : link.strip();
	}

	private static @Nullable Instant published(SyndEntry entry) {
		Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
		return date == null ? null : date.toInstant();
	}

	private static SyndFeed parse(byte[] bytes) {
		String text = FeedErrors.declaresUtf8(bytes) ? Utf8.decode(bytes) : null;
		try (Reader reader = text != null ? new StringReader(text)
				: new XmlReader(new ByteArrayInputStream(bytes), false)) {
			return new SyndFeedInput().build(reader);
		}
		catch (ParsingFeedException ex) {
			throw FeedErrors.parsing(ex, text);
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new TextException(TextException.Problem.FORMAT, "line 1", "not an RSS or Atom feed: "
					+ ex.getMessage());
		}
		catch (IOException ex) {
			throw new TextException(TextException.Problem.ENCODING, "byte 0", "the feed's encoding: " + ex.getMessage());
		}
	}

}
