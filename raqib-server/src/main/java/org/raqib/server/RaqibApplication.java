package org.raqib.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Raqib, the shared record of a ceasefire operations room.
 *
 * <p>Started through {@link Launcher}: {@code serve} (the default) and {@code demo} run the web server;
 * any other first argument runs that command against the database without serving.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Raqib", sharedModules = "system")
public class RaqibApplication {

	public static void main(String[] args) {
		int exitCode = Launcher.launch(args);
		if (exitCode != Launcher.SERVING) {
			System.exit(exitCode);
		}
	}

}
