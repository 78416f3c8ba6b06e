package org.raqib.text.names;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One part of a name, ready to compare: its normalised text and script, its consonant skeleton, the other
 * skeletons it may be read as ({@link NameSounds#readings}), its vowelled sound, and the name the alias
 * table knows it as ({@link NameAliases#UNKNOWN} if none).
 */
record NamePart(String text, NameScript script, String skeleton, List<String> readings, String vowelled, int alias) {

	static NamePart of(String text, NameAliases aliases) {
		String sound = NameSounds.sound(text);
		String skeleton = orSound(NameSounds.skeleton(text, sound), sound);
		var readings = new LinkedHashSet<String>();
		readings.add(skeleton);
		NameSounds.readings(text, sound).forEach(r -> readings.add(orSound(r, sound)));
		return new NamePart(text, NameScript.of(text), skeleton, List.copyOf(readings), NameSounds.vowelled(sound),
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
