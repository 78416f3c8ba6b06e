package org.raqib.verify;

import picocli.CommandLine.Command;

/** {@code audit}: like {@code verify}, but every entry from index 0. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Like verify, but check every entry from index 0, whatever the state holds.")
final class AuditCommand extends LogCommand {

    @Override
    boolean fromStart() {
        return true;
    }
}
