package org.raqib.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import static org.raqib.tlog.RosterException.Rule.HEADER;
import static org.raqib.tlog.RosterException.Rule.KEY;
import static org.raqib.tlog.RosterException.Rule.MALFORMED_TEXT;
import static org.raqib.tlog.RosterException.Rule.PARTY_NAME;
import static org.raqib.tlog.RosterException.Rule.UNKNOWN_LINE;
import static org.raqib.tlog.RosterException.Rule.UNKNOWN_PARTY;
import static org.raqib.tlog.RosterException.Rule.VALIDITY;

/** Reads and writes the {@code roster/v1} text of a {@link Roster}. */
final class RosterText {

    private RosterText() {
    }

    static Roster parse(String text) {
        List<String> lines = Lines.split(text)
                .orElseThrow(() -> new RosterException(MALFORMED_TEXT, "a roster is newline-terminated lines"));
        String[] header = words(lines.get(0));
        if (header.length != 2 || !header[1].equals(Roster.VERSION)) {
            throw new RosterException(HEADER, "the first line must be '<origin> " + Roster.VERSION + "'");
        }
        List<RosterParty> parties = new ArrayList<>();
        List<RosterKey> keys = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] words = words(line);
            if (words[0].equals("party")) {
                parties.add(parseParty(words));
            } else if (words[0].equals("key")) {
                keys.add(parseKey(words, parties));
            } else {
                throw new RosterException(UNKNOWN_LINE, "unknown line '" + line + "'");
            }
        }
        return new Roster(header[0], parties, keys);
    }

    static String format(Roster roster) {
        StringBuilder text = new StringBuilder(roster.origin()).append(' ').append(Roster.VERSION).append('\n');
        for (RosterParty party : roster.parties()) {
            text.append("party ").append(party.name()).append(' ').append(String.join(" ", party.roles())).append('\n');
            for (RosterKey key : roster.keys()) {
                if (key.party().equals(party.name())) {
                    text.append("key ").append(key.key().encode()).append(' ').append(Long.toUnsignedString(key.validFrom()));
                    key.validUntil().ifPresent(until -> text.append(' ').append(Long.toUnsignedString(until)));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String[] words(String line) {
        String[] words = line.split(" ", -1);
        if (Arrays.stream(words).anyMatch(String::isEmpty)) {
            throw new RosterException(MALFORMED_TEXT, "words are separated by single spaces: '" + line + "'");
        }
        return words;
    }

    private static RosterParty parseParty(String[] words) {
        if (words.length < 2) {
            throw new RosterException(PARTY_NAME, "expected 'party <name> <role>…'");
        }
        return new RosterParty(words[1], Arrays.asList(words).subList(2, words.length));
    }

    private static RosterKey parseKey(String[] words, List<RosterParty> parties) {
        if (parties.isEmpty()) {
            throw new RosterException(UNKNOWN_PARTY, "a key line must follow a party line");
        }
        if (words.length < 3 || words.length > 4) {
            throw new RosterException(VALIDITY, "expected 'key <vkey> <from> [<until>]'");
        }
        VerifierKey key;
        try {
            key = VerifierKey.parse(words[1]);
        } catch (NoteException e) {
            throw new RosterException(KEY, e.getMessage());
        }
        long from = Lines.decimal(words[2]).orElseThrow(() -> new RosterException(VALIDITY, "bad index " + words[2]));
        OptionalLong until = OptionalLong.empty();
        if (words.length == 4) {
            until = OptionalLong.of(Lines.decimal(words[3]).orElseThrow(() -> new RosterException(VALIDITY, "bad index " + words[3])));
        }
        return new RosterKey(parties.get(parties.size() - 1).name(), key, from, until);
    }
}
