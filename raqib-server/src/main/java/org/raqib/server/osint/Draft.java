package org.raqib.server.osint;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an accepted claim gives the module that records such figures: a count to complete and confirm there,
 * with the link back to the claim (an {@code https} address of the claim on its article's page), which the
 * module's entry carries once confirmed.
 *
 * @param source who published the figure: the article's source, or the speaker the claim cites.
 * @param place a gazetteer code of the place the claim's sentence names, or null.
 */
public record Draft(String agreement, String article, int claim, String measure, @Nullable Long value,
		@Nullable LocalDate day, String source, String link, @Nullable String place) {
}
