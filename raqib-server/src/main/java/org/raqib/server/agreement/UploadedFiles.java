package org.raqib.server.agreement;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.raqib.server.system.InvalidInput;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of an upload form or API call: an uploaded file wins over the text carried from a preview, so
 * applying records exactly what was checked and shown.
 */
final class UploadedFiles {

	private UploadedFiles() {
	}

	static AgreementDefinitions.Files read(@Nullable MultipartFile agreementFile, @Nullable MultipartFile geographyFile,
			@Nullable String agreementText, @Nullable String geographyText) {
		String agreement = text(agreementFile, agreementText, "agreementFile");
		if (agreement == null) {
			throw InvalidInput.of("agreementFile", "agreement.file.missing");
		}
		return new AgreementDefinitions.Files(agreement, text(geographyFile, geographyText, "geographyFile"));
	}

	/** A file's bytes as strict UTF-8 text, or the named error: a file is never read half-guessed. */
	static String utf8(byte[] bytes, String field, String name) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidInput.of(field, "agreement.file.encoding", name);
		}
	}

	private static @Nullable String text(@Nullable MultipartFile file, @Nullable String carried, String field) {
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > YamlElement.MAX_SIZE * 4L) {
				throw InvalidInput.of(field, "agreement.file.too-large", YamlElement.MAX_SIZE * 4 / 1024);
			}
			try {
				return utf8(file.getBytes(), field, String.valueOf(file.getOriginalFilename()));
			}
			catch (IOException ex) {
				throw InvalidInput.of(field, "agreement.file.unreadable", String.valueOf(file.getOriginalFilename()));
			}
		}
		return carried == null || carried.isBlank() ? null : carried.replace("\r\n", "\n");
	}

}
