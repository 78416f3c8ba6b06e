package org.raqib.server.system;

import org.springframework.context.ApplicationContext;

/**
 * A command of {@code ./raqib COMMAND}: a picocli {@code @Command} with a no-argument constructor whose
 * options picocli fills in; it runs once the application context (database, no web server) has started.
 *
 * <p>Commands live in the module whose work they do and are found by {@link RaqibCommands}.
 */
public interface RaqibCommand {

	/**
	 * @param context the started application, to take the module's services from.
	 * @return the process exit code: 0 for success.
	 */
	int run(ApplicationContext context) throws Exception;

}
