package org.raqib.text.names;

import java.util.List;

/** A name split into comparable parts, in order, and whether it was written "FAMILY, Given". */
record ParsedName(List<NamePart> parts, boolean swapped) {

	static ParsedName of(String name, NameAliases aliases) {
		return of(name, p -> NamePart.of(p, aliases));
	}

	static ParsedName of(String name, java.util.function.Function<String, NamePart> parts) {
		NameParts.Split split = NameParts.split(name);
		return new ParsedName(split.parts().stream().map(parts).toList(), split.swapped());
	}

	NameScript script() {
		return this.parts.isEmpty() ? NameScript.LATIN : this.parts.get(0).script();
	}

}
