package org.raqib.verify;

import picocli.CommandLine.Command;

/** {@code verify}: the checkpoint, its consistency with the stored one, and every entry since. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the log's checkpoint, its consistency with the last one stored, and every new entry; "
                + "store the new checkpoint only if everything passed.")
final class VerifyCommand extends LogCommand {

    @Override
    boolean fromStart() {
        return false;
    }
}
