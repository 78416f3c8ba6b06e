package org.raqib.server.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.raqib.server.ContextTest;
import org.raqib.server.access.RaqibUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The manifest import wizard walked in both languages: all of a manifest recorded, or nothing. */
@ContextTest
class AidImportTests {

	static final String ENGLISH = """
			reference,agency,origin,crossing,destination,trucks,cargo category,quantity,unit,stage,stage time
			M-1,WFP,Al-Arish,kerem-shalom,north,40,food,800,tonnes,crossed,2025-01-20 10:30
			M-2,UNRWA,Egypt,Kerem Shalom,south,5,fuel,150,tonnes,,
			""";

	static final String ARABIC = """
			المرجع;الجهة;المعبر;الوجهة;عدد الشاحنات;الصنف;الكمية;الوحدة;المرحلة;الوقت
			M-3;WFP;kerem-shalom;شمال;10;food;200;tonnes;cleared;2025-01-20 09:00
			M-4;WFP;atlantis;south;-3;food;200;tonnes;crossed;2099-01-01 10:00
			M-3;WFP;kerem-shalom;south;10;bricks;200;tonnes;;
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AidFixtures fixtures;

	@Autowired
	Consignments consignments;

	AidFixtures.Room room;

	MockHttpSession session = new MockHttpSession();

	@BeforeEach
	void anAgreement() throws Exception {
		this.room = this.fixtures.room();
	}

	@Test
	void aGoodManifestIsRecordedWithItsStepsInOrder() throws Exception {
		upload(this.room.agency(), "wfp", "manifest.csv", ENGLISH.getBytes(StandardCharsets.UTF_8), "en");
		String checked = checkSuggested(this.room.agency(), "en");
		assertThat(checked).contains("2 consignments, 45 trucks, ready to record");

		apply(this.room.agency());

		assertThat(this.consignments.get(this.room.id(), "M-1").stage()).isEqualTo(Stage.CROSSED);
		assertThat(this.consignments.steps(this.room.id(), "M-1")).extracting(ConsignmentStep::stage)
			.containsExactly(Stage.REGISTERED, Stage.ARRIVED, Stage.INSPECTED, Stage.CLEARED, Stage.CROSSED);
		assertThat(this.consignments.get(this.room.id(), "M-2").stage()).isEqualTo(Stage.REGISTERED);
	}

	@Test
	void oneBadRowRecordsNothingAndNamesEveryProblemByRowAndColumnInArabic() throws Exception {
		upload(this.room.monitor(), "eubam-rafah", "بيان.csv", ARABIC.getBytes(StandardCharsets.UTF_8), "ar");
		String checked = checkSuggested(this.room.monitor(), "ar");

		assertThat(checked).contains("dir=\"rtl\"", "مشكلة: لا يُسجَّل شيء", "معبر غير معروف: atlantis",
				"ليس عددًا صحيحًا من 1 إلى 100: -3", "في المستقبل", "المرجع M-3 موجود في الصف 2", "غير معروف: bricks")
			.contains("<td class=\"num\">3</td>", "<bdi>المعبر</bdi>", "<bdi>عدد الشاحنات</bdi>")
			.doesNotContain("aid.import.apply", "??");
		this.mvc.perform(post(base() + "/apply").session(this.session).with(user(this.room.monitor())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.consignments.find(this.room.id(), "M-3")).isEmpty();
	}

	@Test
	void theProblemsAreInEnglishForAnEnglishReader() throws Exception {
		upload(this.room.monitor(), "eubam-rafah", "manifest.csv", ARABIC.getBytes(StandardCharsets.UTF_8), "en");

		assertThat(checkSuggested(this.room.monitor(), "en")).contains("Unknown crossing: atlantis",
				"Not a whole number from 1 to 100: -3", "In the future", "The reference M-3 is already on row 2",
				"Unknown: bricks");
	}

	@Test
	void aManifestWhoseReferenceIsAlreadyRecordedIsRefused() throws Exception {
		upload(this.room.agency(), "wfp", "manifest.csv", ENGLISH.getBytes(StandardCharsets.UTF_8), "en");
		checkSuggested(this.room.agency(), "en");
		apply(this.room.agency());

		upload(this.room.agency(), "wfp", "manifest.csv", ENGLISH.getBytes(StandardCharsets.UTF_8), "en");
		assertThat(checkSuggested(this.room.agency(), "en")).contains("The reference M-1 is already in the record");
	}

	@Test
	void anXlsxManifestIsRecorded() throws Exception {
		upload(this.room.agency(), "wfp", "manifest.xlsx", xlsx(ENGLISH), "en");
		assertThat(checkSuggested(this.room.agency(), "en")).contains("2 consignments, 45 trucks");

		apply(this.room.agency());

		assertThat(this.consignments.get(this.room.id(), "M-1").stage()).isEqualTo(Stage.CROSSED);
	}

	@Test
	void aViewerIsRefused() throws Exception {
		this.mvc.perform(get(base()).with(user(this.room.viewer()))).andExpect(status().isForbidden());
		this.mvc.perform(multipart(base()).file(new MockMultipartFile("file", "m.csv", "text/csv", ENGLISH.getBytes(
				StandardCharsets.UTF_8))).param("party", "wfp").with(user(this.room.viewer())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRecorderCannotImportForAnotherParty() throws Exception {
		String page = this.mvc.perform(multipart(base()).file(new MockMultipartFile("file", "m.csv", "text/csv",
				ENGLISH.getBytes(StandardCharsets.UTF_8))).param("party", "israel").session(this.session)
			.with(user(this.room.agency())).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("You do not record aid for this party");
	}

	private void upload(RaqibUser user, String party, String name, byte[] bytes, String language) throws Exception {
		this.mvc.perform(multipart(base()).file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("party", party).session(this.session).with(user(user)).with(csrf()).header("Accept-Language", language))
			.andExpect(status().isOk());
	}

	/** Checks with the columns the headers suggested, as the preview preselects them. */
	private String checkSuggested(RaqibUser user, String language) throws Exception {
		ManifestUpload upload = (ManifestUpload) this.session.getAttribute(ManifestUpload.SESSION_KEY);
		var request = post(base() + "/mapping").session(this.session).with(user(user)).with(csrf())
			.header("Accept-Language", language);
		upload.mapping().columns().forEach((field, column) -> request.param("column." + field.code(), String.valueOf(column)));
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void apply(RaqibUser user) throws Exception {
		this.mvc.perform(post(base() + "/apply").session(this.session).with(user(user)).with(csrf()))
			.andExpect(redirectedUrl("/agreements/" + this.room.id() + "/aid"));
	}

	private String base() {
		return "/agreements/" + this.room.id() + "/aid/import";
	}

	private static byte[] xlsx(String csv) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("manifest");
			List<String> lines = csv.lines().toList();
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					if (r > 0 && (c == 5 || c == 7)) {
						row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
					}
					else {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
