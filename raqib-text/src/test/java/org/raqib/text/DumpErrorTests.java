package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Malformed dumps under {@code broken/}: each fails with the problem and the place that tell an operator what to fix. */
class DumpErrorTests {

	private static byte[] broken(String name) throws IOException {
		try (InputStream in = DumpErrorTests.class.getResourceAsStream("/broken/" + name)) {
			return in.readAllBytes();
		}
	}

	private static void assertFails(String name, TextException.Problem problem, String where) throws IOException {
		byte[] bytes = broken(name);
		assertThatThrownBy(() -> new DumpReader().read(bytes, name)).isInstanceOfSatisfying(TextException.class, e -> {
			Assertions.assertThat(e.problem()).isEqualTo(problem);
			Assertions.assertThat(e.where()).isEqualTo(where);
		});
	}

	@Test
	void aDumpEndingAfterTitleSubtitleAndLogoIsTruncatedAtThatTitle() throws IOException {
		assertFails("dump-ends-in-header.txt", TextException.Problem.TRUNCATED, "line 12");
	}

	@Test
	void aDumpInWindows1256IsAnEncodingErrorAtItsFirstByte() throws IOException {
		assertFails("dump-windows-1256.txt", TextException.Problem.ENCODING, "byte 0");
	}

	@Test
	void aDumpCutInsideAUtf8SequenceIsTruncatedAtThatByte() throws IOException {
		assertFails("dump-cut-in-utf8.txt", TextException.Problem.TRUNCATED, "byte 692");
	}

	@Test
	void aDumpOfBlankLinesIsEmpty() throws IOException {
		assertFails("dump-blank.txt", TextException.Problem.EMPTY, "line 1");
	}

	@Test
	void anArticleWithoutBodyBeforeAnotherIsMissingItsBody() throws IOException {
		assertFails("dump-article-without-body.txt", TextException.Problem.MISSING_FIELD, "line 1");
	}

	@Test
	void noBytesAtAllAreEmpty() {
		assertThatThrownBy(() -> new DumpReader().read(new byte[0], "none.txt"))
			.isInstanceOfSatisfying(TextException.class,
					e -> Assertions.assertThat(e.problem()).isEqualTo(TextException.Problem.EMPTY));
	}

}
