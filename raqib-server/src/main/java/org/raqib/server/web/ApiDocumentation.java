package org.raqib.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of {@code /api/v1}, shown to administrators in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI raqibApi() {
		return new OpenAPI()
			.info(new Info().title("Raqib API")
				.version("v1")
				.description("The operations room's JSON API. Authenticate with an API token: "
						+ "Authorization: Bearer rq_… (create one under 'API tokens'). "
						+ "Errors are RFC 9457 problem details in the language of Accept-Language."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("rq_ token")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
