package org.raqib.server.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The interface's messages, with every number written in Latin digits in every language: counts, indexes
 * and figures read the same beside times (which are always shown with Latin digits) and beside each
 * party's own records. Java formats numbers for Arabic with Arabic-Indic digits; the Unicode extension
 * {@code nu-latn} asks for Latin ones while keeping the rest of the locale.
 */
@Configuration(proxyBeanMethods = false)
class LatinDigitMessages {

	@Bean
	MessageSource messageSource() {
		var messages = new ResourceBundleMessageSource() {

			@Override
			protected MessageFormat createMessageFormat(String message, Locale locale) {
				return super.createMessageFormat(message, latinDigits(locale));
			}

		};
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Locale latinDigits(Locale locale) {
		return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
	}

}
