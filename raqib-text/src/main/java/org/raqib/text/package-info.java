/**
 * Raqib's reading of the news: raw Arabic and English news (text dumps, web pages, RSS and Atom feeds,
 * JSON lines) into clean {@link org.raqib.text.Article}s; normalisation that keeps offsets back to the
 * original text; sentences; near-duplicate stories across sources. Pure Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.text;
