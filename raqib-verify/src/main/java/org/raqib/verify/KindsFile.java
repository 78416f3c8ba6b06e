package org.raqib.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.raqib.tlog.EntryKind;
import org.raqib.tlog.EntryKinds;

/**
 * The entry kinds the verifier accepts: the list it ships ({@code kinds.txt}), plus those of a
 * {@code --kinds} file for a newer server. One kind per line, {@code <name> [cosigner-role …]}; blank
 * lines and lines starting with {@code #} are ignored. A kind listed twice must require the same roles.
 */
final class KindsFile {

    private static final String SHIPPED = "kinds.txt";

    private KindsFile() {
    }

    /**
     * @param extra the {@code --kinds} file, or {@code null}
     * @throws CommandError if a file cannot be read or a line is not a kind
     */
    static EntryKinds load(Path extra) {
        Map<String, EntryKind> kinds = new LinkedHashMap<>();
        add(kinds, parse(shipped(), SHIPPED));
        if (extra != null) {
            add(kinds, parse(read(extra), extra.toString()));
        }
        EntryKinds.Builder builder = EntryKinds.builder();
        kinds.values().forEach(builder::add);
        return builder.build();
    }

    /** Parses a kinds text; {@code name} says which file it is in errors. */
    static List<EntryKind> parse(String text, String name) {
        List<EntryKind> kinds = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            try {
                kinds.add(new EntryKind(words[0], new HashSet<>(Arrays.asList(words).subList(1, words.length))));
            } catch (IllegalArgumentException e) {
                throw new CommandError(name + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return kinds;
    }

    private static void add(Map<String, EntryKind> kinds, List<EntryKind> more) {
        for (EntryKind kind : more) {
            EntryKind known = kinds.putIfAbsent(kind.name(), kind);
            if (known != null && !known.equals(kind)) {
                throw new CommandError("kind " + kind.name() + " is listed with co-signers " + known.cosignerRoles()
                        + " and " + kind.cosignerRoles());
            }
        }
    }

    private static String shipped() {
        try (InputStream in = KindsFile.class.getResourceAsStream(SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the verifier's own " + SHIPPED + " is missing", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new CommandError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
