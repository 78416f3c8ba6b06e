package org.raqib.text;

/**
 * A person, place or organisation of the gazetteer named in a text.
 *
 * @param start offset of the name's first character in the original text, after any proclitic (و ب ل ف ك)
 * @param end offset just after the name's last character
 * @param surface the name as written, {@code text.substring(start, end)}
 * @param code the gazetteer code ({@code egypt}, {@code hamas}, {@code lavrov}, {@code rafah-crossing})
 * @param type {@code place}, {@code person} or {@code organisation}
 */
public record EntityMention(int start, int end, String surface, String code, String type) {

	public static final String PLACE = "place";

	public static final String PERSON = "person";

	public static final String ORGANISATION = "organisation";

}
