package org.raqib.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.raqib.tlog.VerifierKey;

/**
 * Decides which log key a run trusts. The key pinned in the state directory wins; a key given with
 * {@code --vkey} must equal it; a key taken from the server ({@code --trust-on-first-use}) is used only
 * when nothing is pinned yet, and the report says so loudly, since the server being checked vouched for it.
 */
final class KeyPinning {

    /**
     * The outcome: the key, and the state directory of its log.
     *
     * @param key the log key the run trusts
     * @param store the log's state directory
     * @param state the stored state, if a run passed before
     */
    record Pinned(LogKey key, StateStore store, Optional<VerifierState> state) {
    }

    private KeyPinning() {
    }

    /**
     * @param vkey the {@code --vkey} text, or {@code null}
     * @param trustOnFirstUse whether to ask the server for the key
     * @param stateDir the {@code --state} folder, or {@code null} for the default
     * @param source the log source, or {@code null} if the command has none
     * @throws CommandError if no key can be had, or {@code --vkey} contradicts the pinned key
     * @throws VerificationFailure {@code LOG_KEY_CHANGED} if the server now gives another key than the pinned one
     */
    static Pinned resolve(String vkey, boolean trustOnFirstUse, Path stateDir, LogSource source, Http http,
            Clock clock, Report report) {
        VerifierKey offered = offered(vkey, trustOnFirstUse, source, http);
        if (offered == null && stateDir == null) {
            throw new CommandError("give the log key with --vkey (or --state with a pinned key, or --trust-on-first-use)");
        }
        StateStore store = new StateStore(stateDir != null ? stateDir : StateStore.defaultDir(offered.name()), clock);
        Optional<VerifierState> state = store.load();
        LogKey key = state.isPresent() ? pinned(state.get(), offered, vkey != null) : fresh(offered, vkey != null, store);
        warn(key, source, report);
        report.key(key, store.dir());
        return new Pinned(key, store, state);
    }

    private static VerifierKey offered(String vkey, boolean trustOnFirstUse, LogSource source, Http http) {
        if (vkey != null) {
            return LogKey.parse(vkey, "--vkey");
        }
        if (!trustOnFirstUse) {
            return null;
        }
        if (!(source instanceof HttpLogSource)) {
            throw new CommandError("--trust-on-first-use needs --log with a server URL");
        }
        return LogDirectory.advertisedKey((HttpLogSource) source, http);
    }

    private static LogKey pinned(VerifierState state, VerifierKey offered, boolean fromArgument) {
        VerifierKey pinned = VerifierKey.parse(state.vkey());
        if (offered != null && !offered.equals(pinned)) {
            if (fromArgument) {
                throw new CommandError("the state directory pins the log key " + pinned + ", not " + offered
                        + "; use another --state for another log");
            }
            throw new VerificationFailure(Failure.of(Rules.LOG_KEY_CHANGED, "the server now gives the log key "
                    + offered + ", but " + pinned + " is pinned"));
        }
        return LogKey.of(pinned, state.keyPinnedBy());
    }

    private static LogKey fresh(VerifierKey offered, boolean fromArgument, StateStore store) {
        if (offered == null) {
            throw new CommandError("no log key is pinned in " + store.dir() + ": give it with --vkey");
        }
        return LogKey.of(offered, fromArgument ? LogKey.ARGUMENT : LogKey.TRUST_ON_FIRST_USE);
    }

    private static void warn(LogKey key, LogSource source, Report report) {
        if (LogKey.TRUST_ON_FIRST_USE.equals(key.pinnedBy())) {
            report.warn("TRUST ON FIRST USE: the log key " + key.vkey() + " was taken from the server being checked"
                    + (source != null ? " (" + source.location() + ")" : "")
                    + ", not pinned independently. Compare it with the key the other parties hold.");
        }
    }
}
