package org.raqib.text;

/**
 * One line of a text dump, stripped of surrounding spaces, with its 1-based number in the input so that
 * articles and errors can say where they are.
 */
record DumpLine(int number, String text) {

	boolean isBlank() {
		return this.text.isEmpty();
	}

}
