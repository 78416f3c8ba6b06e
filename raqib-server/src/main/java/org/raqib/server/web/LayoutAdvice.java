package org.raqib.server.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the languages to switch to. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	/** A language the switch offers; its name is a message key shown in that language. */
	record Language(String tag, String nameKey, boolean current) {
	}

	private final SupportedLocales locales;

	LayoutAdvice(SupportedLocales locales) {
		this.locales = locales;
	}

	@ModelAttribute("languages")
	List<Language> languages(Locale current) {
		return this.locales.all()
			.stream()
			.map(l -> new Language(l.toLanguageTag(), "locale.name." + l.getLanguage(),
					l.getLanguage().equals(current.getLanguage())))
			.toList();
	}

}
