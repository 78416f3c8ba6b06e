package org.raqib.tlog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the test vectors, so that the module needs no JSON library. Objects
 * become maps, arrays lists, numbers their exact text (sizes reach 2^64−1), and null null.
 */
final class Json {

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value();
        json.skipSpace();
        if (json.pos != text.length()) {
            throw json.error("trailing characters");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(pos);
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '"') {
            return string();
        } else if (text.startsWith("true", pos) || text.startsWith("false", pos) || text.startsWith("null", pos)) {
            return literal();
        }
        return number();
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        pos++;
        while (!next('}')) {
            skipSpace();
            String key = string();
            expect(':');
            object.put(key, value());
            next(',');
        }
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        pos++;
        while (!next(']')) {
            array.add(value());
            next(',');
        }
        return array;
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        expect('"');
        for (char c = text.charAt(pos++); c != '"'; c = text.charAt(pos++)) {
            if (c == '\\') {
                char e = text.charAt(pos++);
                s.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'u' ? unicode() : e);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private char unicode() {
        char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
        pos += 4;
        return c;
    }

    private Object literal() {
        String word = text.startsWith("true", pos) ? "true" : text.startsWith("false", pos) ? "false" : "null";
        pos += word.length();
        return word.equals("null") ? null : Boolean.valueOf(word);
    }

    private String number() {
        int start = pos;
        while (pos < text.length() && "-+.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw error("unexpected character");
        }
        return text.substring(start, pos);
    }

    private boolean next(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + pos);
    }
}
