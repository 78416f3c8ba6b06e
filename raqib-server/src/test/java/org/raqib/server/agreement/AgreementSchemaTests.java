package org.raqib.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema documented for the agreement file agrees with the files Raqib ships. */
class AgreementSchemaTests {

	static final Path SCHEMA = Path.of("..", "docs", "agreement-file.schema.json");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Schema schema() throws IOException {
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(Files.newInputStream(SCHEMA));
	}

	static JsonNode yaml(String text) {
		Object value = new Load(LoadSettings.builder().build()).loadFromString(text);
		return JSON.valueToTree(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "gaza-2025.yaml", "idlib-2018.yaml", "idlib-2018-moscow-2020.yaml" })
	void theDemoFilesFollowTheSchema(String file) throws IOException {
		List<Error> errors = schema().validate(yaml(DemoAgreements.files(file).agreement()));
		assertThat(errors).isEmpty();
	}

	@Test
	void theSchemaRefusesAQuotaWithoutAUnitAndAnUnknownKind() throws IOException {
		String text = DemoAgreements.files("gaza-2025.yaml").agreement()
			.replace("    unit: trucks\n", "")
			.replace("kind: cessation", "kind: truce");
		assertThat(schema().validate(yaml(text))).isNotEmpty();
	}

}
