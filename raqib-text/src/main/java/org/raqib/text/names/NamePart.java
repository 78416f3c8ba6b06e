package org.raqib.text.names;

/**
 * One part of a name, ready to compare: its normalised text and script, its sound, its consonant skeleton,
 * its skeleton read letter by letter (differs for Latin digraphs), its vowelled sound, and the name the alias table knows it as ({@link NameAliases#UNKNOWN} if none).
 */
record NamePart(String text, NameScript script, String skeleton, String literalSkeleton, String vowelled,
		int alias) {

	static NamePart of(String text, NameAliases aliases) {
		String sound = NameSounds.sound(text);
		String skeleton = orSound(NameSounds.skeleton(text, sound), sound);
		String literal = orSound(NameSounds.literalSkeleton(text, sound), sound);
		return new NamePart(text, NameScript.of(text), skeleton, literal, NameSounds.vowelled(sound),
				aliases.nameOf(text));
	}

	private static String orSound(String skeleton, String sound) {
		return skeleton.isEmpty() ? sound : skeleton;
	}

	/** What blocking groups this part under: the alias table's name, else the skeleton. */
	String key() {
		return this.alias == NameAliases.UNKNOWN ? this.skeleton : "#" + this.alias;
	}

}
