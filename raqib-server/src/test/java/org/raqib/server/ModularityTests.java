package org.raqib.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules' boundaries hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(RaqibApplication.class).verify();
	}

}
