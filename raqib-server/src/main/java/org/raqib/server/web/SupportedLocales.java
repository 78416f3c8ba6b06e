package org.raqib.server.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.RaqibProperties;
import org.springframework.stereotype.Component;

/**
 * The interface languages, a configured list (Arabic and English now; Hebrew is the next right-to-left
 * one). Anything else a browser or a link asks for falls back to the first.
 */
@Component
public class SupportedLocales {

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur");

	private final List<Locale> locales;

	SupportedLocales(RaqibProperties properties) {
		this.locales = properties.locales().stream().map(l -> Locale.forLanguageTag(l.getLanguage())).distinct().toList();
	}

	public List<Locale> all() {
		return this.locales;
	}

	public Locale defaultLocale() {
		return this.locales.get(0);
	}

	public @Nullable Locale match(@Nullable Locale requested) {
		if (requested == null) {
			return null;
		}
		return this.locales.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(null);
	}

	/** The first of the browser's preferences that Raqib speaks. */
	public Locale best(Enumeration<Locale> preferences) {
		return Collections.list(preferences).stream().map(this::match).filter(java.util.Objects::nonNull).findFirst()
			.orElse(defaultLocale());
	}

	public static boolean isRightToLeft(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage());
	}

}
