package org.raqib.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a database: H2 always, PostgreSQL when the build runs the
 * {@code context} tests again with {@code -Draqib.test.database=postgresql} (see {@link TestDatabase}).
 * Every such test uses this one annotation, so the suite starts one application context per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("context")
@SpringBootTest(properties = { "raqib.admin-password=" + ContextTest.ADMIN_PASSWORD, "spring.flyway.clean-disabled=false",
		"raqib.login.max-failures=5", "raqib.person.key=" + ContextTest.PERSON_KEY })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestDatabase.CleanStart.class)
public @interface ContextTest {

	String ADMIN_PASSWORD = "admin-password-for-tests";

	/** The personal-data key of the tests (bytes 0 to 31, base64). */
	String PERSON_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

}
