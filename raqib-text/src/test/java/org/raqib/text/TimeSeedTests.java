package org.raqib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The seed's times (skipped when the seed is absent); expectations are values, never its text. */
class TimeSeedTests {

	@Test
	void findsTheGreenwichClockTime() throws IOException {
		Path seed = EntitySeedTests.seed();
		var times = Times.find(Files.readString(seed), null, ZoneOffset.UTC);
		assertThat(times).anySatisfy(time -> {
			assertThat(time.time()).isEqualTo(LocalTime.of(14, 0));
			assertThat(time.offset()).isEqualTo(ZoneOffset.UTC);
		});
		assertThat(times).extracting(TimeExpression::kind).contains("relative", "date");
	}

}
