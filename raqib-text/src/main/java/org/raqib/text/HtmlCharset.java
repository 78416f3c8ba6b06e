package org.raqib.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decodes a web page: a byte-order mark first, then the {@code <meta charset>} (or {@code http-equiv}) in its
 * first kilobytes, else UTF-8. Decoding is strict: a page that is not in its charset is an
 * {@link TextException.Problem#ENCODING} error, not a page of replacement characters.
 */
final class HtmlCharset {

	private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
			Pattern.CASE_INSENSITIVE);

	private HtmlCharset() {
	}

	static String decode(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		Charset declared = declared(bytes);
		if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
			return Utf8.decode(bytes);
		}
		return strict(bytes, 0, declared);
	}

	/** The charset the page declares, or null (UTF-8) when it declares none. */
	static @Nullable Charset declared(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
		Matcher m = META.matcher(head);
		if (!m.find()) {
			return null;
		}
		String name = m.group(1).toLowerCase(Locale.ROOT);
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new TextException(TextException.Problem.ENCODING, "byte " + m.start(1),
					"the page declares an unknown charset " + name);
		}
	}

	private static String strict(byte[] bytes, int from, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new TextException(TextException.Problem.ENCODING, "byte " + in.position(),
					"not " + charset.name() + " as the page declares");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

}
