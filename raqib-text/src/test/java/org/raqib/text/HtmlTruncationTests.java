package org.raqib.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTruncationTests {

	@Test
	void aCompletePageIsNotTruncated() {
		assertThatCode(() -> HtmlTruncation.check("<html><body><p>Text.</p></body></html>\n")).doesNotThrowAnyException();
	}

	@Test
	void aFragmentWithoutHtmlElementIsNotTruncated() {
		assertThatCode(() -> HtmlTruncation.check("<p>Text.</p><p>More")).doesNotThrowAnyException();
	}

	@Test
	void aPageOmittingEndTagsAfterAClosedElementIsNotTruncated() {
		assertThatCode(() -> HtmlTruncation.check("<html><body><p>Text.</p>\n")).doesNotThrowAnyException();
	}

	@Test
	void aPageEndingInTextWithoutItsEndTagIsTruncatedAtTheLastLine() {
		assertThatThrownBy(() -> HtmlTruncation.check("<html><body>\n<p>Text that stops"))
			.isInstanceOf(TextException.class)
			.extracting(e -> ((TextException) e).problem(), e -> ((TextException) e).where())
			.containsExactly(TextException.Problem.TRUNCATED, "line 2");
	}

	@Test
	void aPageEndingInAnOpenStartTagIsTruncated() {
		assertThatThrownBy(() -> HtmlTruncation.check("<html><body><p>Text.</p><div>"))
			.extracting(e -> ((TextException) e).problem())
			.isEqualTo(TextException.Problem.TRUNCATED);
	}

	@Test
	void aPageEndingInsideATagIsTruncatedEvenWithoutHtmlElement() {
		assertThatThrownBy(() -> HtmlTruncation.check("<p>Text.</p><a href=\"/n"))
			.extracting(e -> ((TextException) e).problem())
			.isEqualTo(TextException.Problem.TRUNCATED);
	}

	@Test
	void aPageEndingInsideACommentIsTruncated() {
		assertThatThrownBy(() -> HtmlTruncation.check("<html><body><p>Text.</p><!-- ad slot"))
			.extracting(e -> ((TextException) e).problem())
			.isEqualTo(TextException.Problem.TRUNCATED);
	}

}
