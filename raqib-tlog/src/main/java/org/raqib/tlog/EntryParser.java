package org.raqib.tlog;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.raqib.tlog.EntryException.Rule.DUPLICATE_FIELD;
import static org.raqib.tlog.EntryException.Rule.FIELD_ORDER;
import static org.raqib.tlog.EntryException.Rule.HEADER;
import static org.raqib.tlog.EntryException.Rule.LINE_SYNTAX;
import static org.raqib.tlog.EntryException.Rule.MISSING_FIELD;
import static org.raqib.tlog.EntryException.Rule.NON_ASCII_FIELD;
import static org.raqib.tlog.EntryException.Rule.PAYLOAD_HASH;
import static org.raqib.tlog.EntryException.Rule.REF;
import static org.raqib.tlog.EntryException.Rule.SEEN;
import static org.raqib.tlog.EntryException.Rule.SEQ;
import static org.raqib.tlog.EntryException.Rule.TIME;
import static org.raqib.tlog.EntryException.Rule.TRAILING_SPACE;
import static org.raqib.tlog.EntryException.Rule.UNKNOWN_FIELD;

/** The strict parser of {@link Entry} texts: the syntax of each line, then the fields and their order, then each value. */
final class EntryParser {

    static final String TIME_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z";

    // The fixed order of fields; only "ref" may repeat, and only it may be absent.
    private static final List<String> FIELDS = List.of("kind", "party", "seq", "time", "seen", "ref", "payload-sha256");

    private EntryParser() {
    }

    static Entry parse(String text) {
        List<String> lines = Lines.split(text)
                .orElseThrow(() -> new EntryException(LINE_SYNTAX, "an entry is newline-terminated lines"));
        String origin = parseHeader(lines.get(0));
        List<String[]> fields = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(line -> fields.add(split(line)));
        checkFieldOrder(fields);
        return new Entry(origin, value(fields, "kind"), value(fields, "party"),
                Lines.decimal(value(fields, "seq")).orElseThrow(fail(SEQ, "bad seq '" + value(fields, "seq") + "'")),
                parseTime(value(fields, "time")), parseSeen(value(fields, "seen")), parseRefs(fields),
                StrictBase64.decodeHash(value(fields, "payload-sha256"))
                        .orElseThrow(fail(PAYLOAD_HASH, "bad payload hash '" + value(fields, "payload-sha256") + "'")));
    }

    private static String parseHeader(String line) {
        String suffix = " " + Entry.VERSION;
        if (!line.endsWith(suffix) || !KeyNames.isValid(line.substring(0, line.length() - suffix.length()))) {
            throw new EntryException(HEADER, "the first line must be '<origin> " + Entry.VERSION + "'");
        }
        return line.substring(0, line.length() - suffix.length());
    }

    // Returns {field, value} of a line "<field> <value>".
    private static String[] split(String line) {
        if (line.endsWith(" ")) {
            throw new EntryException(TRAILING_SPACE, "line '" + line + "' ends in a space");
        }
        int space = line.indexOf(' ');
        if (space <= 0 || line.startsWith(" ", space + 1)) {
            throw new EntryException(LINE_SYNTAX, "expected '<field> <value>', got '" + line + "'");
        }
        String field = line.substring(0, space);
        if (!field.chars().allMatch(c -> c < 0x80)) {
            throw new EntryException(NON_ASCII_FIELD, "field '" + field + "' is not ASCII");
        }
        if (!FIELDS.contains(field)) {
            throw new EntryException(UNKNOWN_FIELD, "unknown field '" + field + "'");
        }
        return new String[] {field, line.substring(space + 1)};
    }

    private static void checkFieldOrder(List<String[]> fields) {
        for (String name : FIELDS) {
            if (!name.equals("ref") && fields.stream().filter(f -> f[0].equals(name)).count() > 1) {
                throw new EntryException(DUPLICATE_FIELD, "field '" + name + "' appears twice");
            }
        }
        for (int i = 1; i < fields.size(); i++) {
            if (FIELDS.indexOf(fields.get(i)[0]) < FIELDS.indexOf(fields.get(i - 1)[0])) {
                throw new EntryException(FIELD_ORDER, "field '" + fields.get(i)[0] + "' comes after '" + fields.get(i - 1)[0] + "'");
            }
        }
        for (String name : FIELDS) {
            if (!name.equals("ref") && fields.stream().noneMatch(f -> f[0].equals(name))) {
                throw new EntryException(MISSING_FIELD, "field '" + name + "' is missing");
            }
        }
    }

    private static String value(List<String[]> fields, String name) {
        return fields.stream().filter(f -> f[0].equals(name)).findFirst().orElseThrow()[1];
    }

    private static List<Entry.Ref> parseRefs(List<String[]> fields) {
        List<Entry.Ref> refs = new ArrayList<>();
        fields.stream().filter(f -> f[0].equals("ref")).forEach(f -> refs.add(parseRef(f[1])));
        return refs;
    }

    private static Instant parseTime(String value) {
        try {
            Instant time = Instant.parse(value);
            if (value.matches(TIME_PATTERN) && Entry.formatTime(time).equals(value)) {
                return time;
            }
        } catch (DateTimeParseException e) {
            // Falls through to the rejection below.
        }
        throw new EntryException(TIME, "bad time '" + value + "'");
    }

    private static Entry.Seen parseSeen(String value) {
        String[] parts = value.split(" ", -1);
        Optional<Long> size = parts.length == 2 ? Lines.decimal(parts[0]) : Optional.empty();
        Optional<byte[]> root = parts.length == 2 ? StrictBase64.decodeHash(parts[1]) : Optional.empty();
        if (size.isEmpty() || root.isEmpty()) {
            throw new EntryException(SEEN, "expected 'seen <size> <base64 root>', got '" + value + "'");
        }
        return new Entry.Seen(size.get(), root.get());
    }

    private static Entry.Ref parseRef(String value) {
        String[] parts = value.split(" ", -1);
        Optional<Long> index = parts.length == 2 ? Lines.decimal(parts[0]) : Optional.empty();
        Optional<byte[]> hash = parts.length == 2 ? StrictBase64.decodeHash(parts[1]) : Optional.empty();
        if (index.isEmpty() || hash.isEmpty()) {
            throw new EntryException(REF, "expected 'ref <index> <base64 leaf hash>', got '" + value + "'");
        }
        return new Entry.Ref(index.get(), hash.get());
    }

    private static Supplier<EntryException> fail(EntryException.Rule rule, String detail) {
        return () -> new EntryException(rule, detail);
    }
}
