package org.raqib.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

class LauncherTests {

	@Test
	void dottedSettingsGoToSpringAndTheRestToTheCommand() {
		var spring = new ArrayList<String>();
		var command = new ArrayList<String>();
		Launcher.split(new String[] { "create-user", "--raqib.data-dir=/tmp/x", "--username", "amal", "--server.port=9" },
				spring, command);
		assertThat(spring).containsExactly("--raqib.data-dir=/tmp/x", "--server.port=9");
		assertThat(command).containsExactly("create-user", "--username", "amal");
	}

	@Test
	void demoFlagTurnsOnDemoData() {
		var spring = new ArrayList<String>();
		var command = new ArrayList<String>();
		Launcher.split(new String[] { "--demo" }, spring, command);
		assertThat(spring).containsExactly("--raqib.demo=true");
		assertThat(command).isEmpty();
	}

	@Test
	void helpAnswersWithoutStartingAnything() {
		assertThat(Launcher.launch(new String[] { "help" })).isZero();
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertThat(Launcher.launch(new String[] { "no-such-command" })).isEqualTo(2);
	}

}
