package org.raqib.server.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client that keeps its cookies and logs in through the form, CSRF token and all. */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	public Browserless(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).headers(headers).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form from the page at {@code formPage}, with that page's CSRF token. */
	public HttpResponse<String> postForm(String formPage, String action, String... fields)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage);
		}
		var body = new StringBuilder("_csrf=").append(encode(token.group(1)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
		return postForm("/login", "/login", "username", username, "password", password);
	}

	/** Creates an API token for the signed-in user through the tokens page, and returns its secret. */
	public String issueToken(String label) throws IOException, InterruptedException {
		String page = postForm("/tokens", "/tokens", "label", label, "days", "1").body();
		Matcher secret = Pattern.compile("id=\"new-token\" dir=\"ltr\">(rq_[^<]+)<").matcher(page);
		if (!secret.find()) {
			throw new IllegalStateException("no token shown on /tokens");
		}
		return secret.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
