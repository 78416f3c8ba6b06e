package org.raqib.server.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a request: {@code ?lang=ar|en} (remembered in a cookie), else the cookie, else the
 * browser's Accept-Language, else the first configured language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "raqib-lang";

	@Bean
	LocaleResolver localeResolver(SupportedLocales supported) {
		var resolver = new CookieLocaleResolver(COOKIE) {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Locale chosen = supported.match(super.resolveLocale(request));
				return chosen != null ? chosen : supported.best(request.getLocales());
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				Locale chosen = supported.match(locale);
				if (chosen != null) {
					super.setLocale(request, response, chosen);
				}
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> supported.best(request.getLocales()));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
