package org.raqib.verify;

import java.nio.file.Path;
import java.util.Base64;

import com.google.gson.JsonPrimitive;

import org.raqib.tlog.Hashes;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code receipt FILE}: the entry is in the receipt's checkpoint, and that checkpoint in today's log. */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Check a receipt (C2SP tlog-proof): signed by the log, proving the entry's inclusion, "
                + "and consistent with the latest stored checkpoint, so the entry is still in today's log.")
final class ReceiptCommand extends CommandBase {

    /** How the entry is given: its note, or its leaf hash. */
    static final class EntryInput {
        @Option(names = "--entry", paramLabel = "FILE", description = "The entry note, exactly as in the log.")
        Path entry;

        @Option(names = "--leaf-hash", paramLabel = "B64", description = "The entry's leaf hash, base64.")
        String leafHash;
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "The receipt.")
    Path receipt;

    @ArgGroup(exclusive = true, multiplicity = "1")
    EntryInput entry;

    @Option(names = "--log", paramLabel = "URL|DIR", description = "The log, to prove the receipt's checkpoint "
            + "consistent with a later one from its tiles.")
    String log;

    @Override
    void run(Report report, Http http) {
        LogSource source = log == null ? null : LogSource.open(log, http);
        if (source != null) {
            report.put("log", new JsonPrimitive(source.location()));
        }
        byte[] leafHash = leafHash();
        byte[] bytes = readFile(receipt, "receipt");
        KeyPinning.Pinned pinned = pin(source, http, report);
        new ReceiptCheck(pinned.key(), pinned.store()).run(bytes, leafHash, pinned.state(), source, report);
    }

    private byte[] leafHash() {
        if (entry.entry != null) {
            return Hashes.leafHash(readFile(entry.entry, "entry"));
        }
        try {
            byte[] hash = Base64.getDecoder().decode(entry.leafHash);
            if (Hashes.isHash(hash)) {
                return hash;
            }
        } catch (IllegalArgumentException e) {
            // Reported below.
        }
        throw new CommandError("--leaf-hash must be the base64 of 32 bytes");
    }
}
