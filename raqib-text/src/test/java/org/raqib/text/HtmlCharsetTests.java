package org.raqib.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlCharsetTests {

	@Test
	void decodesUtf8ByDefault() {
		assertThat(HtmlCharset.decode("<p>رفح</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo("<p>رفح</p>");
	}

	@Test
	void honoursTheDeclaredCharset() {
		byte[] bytes = "<meta charset=\"windows-1256\"><p>رفح</p>".getBytes(Charset.forName("windows-1256"));
		assertThat(HtmlCharset.decode(bytes)).isEqualTo("<meta charset=\"windows-1256\"><p>رفح</p>");
	}

	@Test
	void honoursTheHttpEquivCharset() {
		byte[] bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>caf\u00e9</p>"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(HtmlCharset.decode(bytes)).endsWith("<p>caf\u00e9</p>");
	}

	@Test
	void aByteOrderMarkWins() {
		byte[] bytes = "\uFEFF<p>رفح</p>".getBytes(StandardCharsets.UTF_16LE);
		assertThat(HtmlCharset.decode(bytes)).isEqualTo("<p>رفح</p>");
	}

	@Test
	void aPageNotInItsCharsetIsAnEncodingErrorAtItsByte() {
		byte[] bytes = "<p>رفح</p>".getBytes(Charset.forName("windows-1256"));
		assertThatThrownBy(() -> HtmlCharset.decode(bytes)).isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.ENCODING, "byte 3");
	}

	@Test
	void anUnknownCharsetIsAnEncodingError() {
		assertThatThrownBy(() -> HtmlCharset.decode("<meta charset=\"x-martian\">".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem())
			.isEqualTo(TextException.Problem.ENCODING);
	}

}
