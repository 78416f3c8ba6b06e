package org.raqib.server.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * A daily report as a PDF in one language, laid out by Apache FOP in the bundled Amiri font (SIL OFL, with
 * its licence beside it): Arabic shaped (by {@link ArabicShaping}, so the font's substitutions are off)
 * and laid out right to left by FOP's bidi, English left to right. The font is copied out of the jar
 * once, because FOP reads fonts from files.
 */
@Component
class ReportPdf {

	private static final List<String> FONTS = List.of("Amiri-Regular.ttf", "Amiri-Bold.ttf");

	private final FopFactory fop;

	ReportPdf() {
		this.fop = factory(fontDirectory());
	}

	byte[] render(DailyReport report, String language, String title, Instant publishedAt) {
		String fo = new ReportFo(report, language, title).document();
		var out = new ByteArrayOutputStream();
		try {
			FOUserAgent agent = this.fop.newFOUserAgent();
			agent.setCreationDate(Date.from(publishedAt));
			agent.setProducer("Raqib");
			agent.setTitle(title);
			Fop layout = this.fop.newFop(MimeConstants.MIME_PDF, agent, out);
			TransformerFactory.newInstance().newTransformer().transform(
					new StreamSource(new ByteArrayInputStream(fo.getBytes(StandardCharsets.UTF_8))),
					new SAXResult(layout.getDefaultHandler()));
		}
		catch (FOPException | TransformerException ex) {
			throw new IllegalStateException("the report's PDF could not be laid out", ex);
		}
		return out.toByteArray();
	}

	private static Path fontDirectory() {
		try {
			Path dir = Files.createTempDirectory("raqib-fonts");
			dir.toFile().deleteOnExit();
			for (String font : FONTS) {
				try (InputStream in = ReportPdf.class.getResourceAsStream("/report/fonts/" + font)) {
					if (in == null) {
						throw new IllegalStateException("the bundled font " + font + " is missing");
					}
					Path file = dir.resolve(font);
					Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
					file.toFile().deleteOnExit();
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FopFactory factory(Path fonts) {
		String config = """
				<fop version="1.0"><renderers><renderer mime="application/pdf"><fonts>
				<font kerning="yes" advanced="false" embed-url="%s"><font-triplet name="Amiri" style="normal" weight="normal"/></font>
				<font kerning="yes" advanced="false" embed-url="%s"><font-triplet name="Amiri" style="normal" weight="bold"/></font>
				</fonts></renderer></renderers></fop>
				""".formatted(fonts.resolve(FONTS.get(0)).toUri(), fonts.resolve(FONTS.get(1)).toUri());
		try {
			return new FopConfParser(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)), fonts.toUri())
				.getFopFactoryBuilder()
				.build();
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("FOP's configuration was refused", ex);
		}
	}

}
