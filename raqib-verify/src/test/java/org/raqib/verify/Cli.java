package org.raqib.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Runs the verifier's command line in the test's JVM and reads its JSON report. */
final class Cli {

    /**
     * One run.
     *
     * @param exit the exit code
     * @param report the JSON report printed on stdout
     * @param err what was printed on stderr
     */
    record Result(int exit, JsonObject report, String err) {

        String status() {
            return report.get("status").getAsString();
        }

        /** Returns the first failure's rule. */
        String rule() {
            return firstFailure().get("rule").getAsString();
        }

        /** Returns the first failure's index, or {@code null}. */
        Long index() {
            JsonElement index = firstFailure().get("index");
            return index.isJsonNull() ? null : index.getAsLong();
        }

        JsonObject section(String name) {
            return report.getAsJsonObject(name);
        }

        long count(String section, String field) {
            return section(section).get(field).getAsLong();
        }

        List<String> evidence() {
            return strings(report.getAsJsonArray("evidence"));
        }

        List<String> warnings() {
            return strings(report.getAsJsonArray("warnings"));
        }

        private JsonObject firstFailure() {
            JsonArray failures = report.getAsJsonArray("failures");
            if (failures.isEmpty()) {
                throw new AssertionError("no failure in " + report);
            }
            return failures.get(0).getAsJsonObject();
        }

        private static List<String> strings(JsonArray array) {
            List<String> strings = new ArrayList<>();
            array.forEach(e -> strings.add(e.getAsString()));
            return strings;
        }

        @Override
        public String toString() {
            return "exit " + exit + ": " + report + "\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        String json = out.toString(StandardCharsets.UTF_8);
        return new Result(exit, JsonParser.parseString(json).getAsJsonObject(), err.toString(StandardCharsets.UTF_8));
    }
}
