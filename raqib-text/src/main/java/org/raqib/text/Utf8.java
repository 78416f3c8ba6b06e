package org.raqib.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: bytes that are not UTF-8 are an {@link TextException.Problem#ENCODING} error at their byte
 * offset, and a sequence cut off at the end is {@link TextException.Problem#TRUNCATED}; a byte-order mark is
 * dropped.
 */
public final class Utf8 {

	private Utf8() {
	}

	public static String decode(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			boolean atEnd = in.position() + result.length() >= bytes.length && isCutSequence(bytes, in.position());
			throw new TextException(atEnd ? TextException.Problem.TRUNCATED : TextException.Problem.ENCODING,
					"byte " + in.position(), atEnd ? "the input ends inside a UTF-8 sequence" : "not UTF-8");
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Whether the bytes from {@code from} to the end begin a multi-byte sequence that lacks its tail. */
	private static boolean isCutSequence(byte[] bytes, int from) {
		int lead = bytes[from] & 0xFF;
		int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
		if (length == 1 || from + length <= bytes.length) {
			return false;
		}
		for (int i = from + 1; i < bytes.length; i++) {
			if ((bytes[i] & 0xC0) != 0x80) {
				return false;
			}
		}
		return true;
	}

}
