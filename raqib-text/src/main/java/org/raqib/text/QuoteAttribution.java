package org.raqib.text;

import org.jspecify.annotations.Nullable;

/**
 * What ties a quotation to its speaker: the token index of the reporting verb or cue, the speaker (null when
 * none could be named), and whether the verb introduces the quotation directly (verb, speaker, then only إن/أن,
 * that or a colon before the opening mark; or right after the closing mark).
 */
record QuoteAttribution(int cue, @Nullable SpeakerPhrase speaker, boolean direct) {
}
