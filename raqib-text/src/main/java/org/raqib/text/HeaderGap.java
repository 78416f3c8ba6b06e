package org.raqib.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What stands between a dump article's title and the end of its header (the repeated title, or the logo line
 * when the title is not repeated): at most one subtitle, at most one logo line, and photo captions, in any
 * order. Exact duplicates count once, since dumps repeat captions. Anything more is not a header.
 */
record HeaderGap(@Nullable String subtitle, @Nullable String logo, List<Article.Caption> captions) {

	HeaderGap {
		captions = List.copyOf(captions);
	}

	static Optional<HeaderGap> of(List<DumpLine> lines, Set<String> knownLogos) {
		List<Article.Caption> captions = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (String text : distinct(lines)) {
			Optional<Article.Caption> caption = Captions.of(text);
			if (caption.isPresent()) {
				captions.add(caption.get());
			}
			else {
				others.add(text);
			}
		}
		String logo = logoAmong(others, knownLogos);
		if (logo != null) {
			others.remove(logo);
		}
		if (others.size() > 1 || (others.size() == 1 && !Headlines.isHeadlineLike(others.get(0)))) {
			return Optional.empty();
		}
		return Optional.of(new HeaderGap(others.isEmpty() ? null : others.get(0), logo, captions));
	}

	/** A logo this file already showed wins; otherwise the last line shaped like one. */
	private static @Nullable String logoAmong(List<String> others, Set<String> knownLogos) {
		String logo = null;
		for (String text : others) {
			if (knownLogos.contains(text)) {
				return text;
			}
			if (Logos.isLogoLike(text)) {
				logo = text;
			}
		}
		return logo;
	}

	private static Set<String> distinct(List<DumpLine> lines) {
		Set<String> texts = new LinkedHashSet<>();
		for (DumpLine line : lines) {
			texts.add(line.text());
		}
		return texts;
	}

}
