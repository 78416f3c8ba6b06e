package org.raqib.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;

/**
 * The state directory of one log: {@code state.json} (the last verified checkpoint and log position,
 * written only after every check passed, atomically), a copy of that {@code checkpoint}, and
 * {@code evidence/}, where conflicting signed checkpoints are kept.
 */
final class StateStore {

    private static final String STATE = "state.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Clock clock;

    StateStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** Returns the default state directory of a log: {@code ~/.raqib-verify/<origin with / replaced by _>}. */
    static Path defaultDir(String origin) {
        return Path.of(System.getProperty("user.home"), ".raqib-verify", origin.replace('/', '_'));
    }

    Path dir() {
        return dir;
    }

    /**
     * Returns the stored state, or empty before the first successful run.
     *
     * @throws CommandError if the state file cannot be read or is not a valid state
     */
    Optional<VerifierState> load() {
        Path file = dir.resolve(STATE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StateJson.read(JsonParser.parseString(Files.readString(file)).getAsJsonObject()));
        } catch (IOException | RuntimeException e) {
            throw new CommandError("unreadable state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the stored state, atomically: a crash leaves the old state or the new one. */
    void save(VerifierState state) {
        String json = new GsonBuilder().setPrettyPrinting().create().toJson(StateJson.write(state, clock.instant()));
        write(dir.resolve(STATE), json.getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("checkpoint"), state.checkpointNote());
    }

    /** Saves {@code content} as {@code evidence/<UTC time>-<name>} and returns its path. */
    Path saveEvidence(String name, byte[] content) {
        Path evidence = dir.resolve("evidence");
        String stamp = STAMP.format(clock.instant());
        Path file = evidence.resolve(stamp + "-" + name);
        for (int n = 1; Files.exists(file); n++) {
            file = evidence.resolve(stamp + "-" + n + "-" + name);
        }
        write(file, content);
        return file;
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
