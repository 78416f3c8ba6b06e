package org.raqib.text;

import java.util.List;

/** Reads the articles of one input in one layout: text dump, HTML page, feed, JSON lines. */
public interface ArticleReader {

	/**
	 * @param bytes the raw input, as received.
	 * @param source the site, feed or file name the articles are attributed to.
	 * @throws TextException naming the problem and where it is.
	 */
	List<Article> read(byte[] bytes, String source);

}
