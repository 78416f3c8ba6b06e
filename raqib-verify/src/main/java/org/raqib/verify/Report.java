package org.raqib.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.raqib.tlog.Checkpoint;

/**
 * What a command found, as the JSON report on stdout and a one-line summary on stderr. Its status is
 * {@code ok}, {@code failed} (the log, receipt or checkpoints failed a check: exit 1) or {@code error}
 * (the check could not be made: exit 2).
 */
final class Report {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int ERROR = 2;

    private final String command;
    private final JsonObject sections = new JsonObject();
    private final List<String> warnings = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Path> evidence = new ArrayList<>();
    private String error;
    private String outcome;

    Report(String command) {
        this.command = command;
    }

    /** Adds a section of findings, such as {@code "checkpoint"} or {@code "entries"}. */
    void put(String name, JsonElement value) {
        sections.add(name, value);
    }

    void key(LogKey key, Path stateDir) {
        sections.addProperty("origin", key.origin());
        JsonObject json = new JsonObject();
        json.addProperty("vkey", key.vkey().encode());
        json.addProperty("pinnedBy", key.pinnedBy());
        json.addProperty("stateDir", stateDir.toString());
        put("key", json);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void fail(VerificationFailure failure) {
        failures.add(failure.failure());
        evidence.addAll(failure.evidence());
    }

    void error(String message) {
        error = message;
    }

    /** Sets the summary's wording of a success, e.g. "1,234 entries checked". */
    void outcome(String text) {
        outcome = text;
    }

    String status() {
        return error != null ? "error" : failures.isEmpty() ? "ok" : "failed";
    }

    int exitCode() {
        return error != null ? ERROR : failures.isEmpty() ? OK : FAILED;
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("command", command);
        json.addProperty("status", status());
        for (Map.Entry<String, JsonElement> section : sections.entrySet()) {
            json.add(section.getKey(), section.getValue());
        }
        json.add("warnings", strings(warnings));
        json.add("failures", failuresJson());
        json.add("evidence", strings(evidence.stream().map(Path::toString).toList()));
        if (error != null) {
            json.addProperty("error", error);
        }
        return json;
    }

    String toJsonText() {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(toJson());
    }

    /** Returns the one-line summary for people. */
    String summary() {
        String head = "raqib-verify " + command + ": ";
        if (error != null) {
            return head + "ERROR: " + error;
        }
        if (!failures.isEmpty()) {
            Failure first = failures.get(0);
            return head + "FAILED" + (first.index() != null ? " at index " + first.index() : "") + ": "
                    + first.rule() + ": " + first.message();
        }
        return head + "OK" + (outcome != null ? ": " + outcome : "") + (warnings.isEmpty() ? "" : " (" + warnings.size() + " warning(s))");
    }

    /** Returns {"size": …, "root": base64}. */
    static JsonObject checkpoint(Checkpoint checkpoint) {
        JsonObject json = new JsonObject();
        json.addProperty("size", checkpoint.size());
        json.addProperty("root", StateJson.base64(checkpoint.root()));
        return json;
    }

    private JsonArray failuresJson() {
        JsonArray array = new JsonArray();
        for (Failure failure : failures) {
            JsonObject json = new JsonObject();
            json.addProperty("index", failure.index());
            json.addProperty("rule", failure.rule());
            json.addProperty("message", failure.message());
            array.add(json);
        }
        return array;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
