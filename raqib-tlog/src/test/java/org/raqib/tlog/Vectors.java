package org.raqib.tlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;

/** Reads the published test vectors copied into {@code src/test/resources/vectors}. */
final class Vectors {

    private Vectors() {
    }

    static Path path(String relative) {
        try {
            return Path.of(Vectors.class.getResource("/vectors/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String relative) {
        return new String(bytes(relative), UTF_8);
    }

    /** Returns every JSON file under a folder, sorted by path. */
    static List<Path> jsonFiles(String folder) {
        Path root = path(folder);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> jsonObject(Path file) {
        try {
            return (Map<String, Object>) Json.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] base64(Object value) {
        return Base64.getDecoder().decode((String) value);
    }

    /** A JSON list of base64 strings; null reads as the empty list, as in Go. */
    @SuppressWarnings("unchecked")
    static List<byte[]> base64List(Object value) {
        List<byte[]> list = new ArrayList<>();
        if (value != null) {
            ((List<Object>) value).forEach(item -> list.add(base64(item)));
        }
        return list;
    }

    static long uint64(Object value) {
        return Long.parseUnsignedLong((String) value);
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
