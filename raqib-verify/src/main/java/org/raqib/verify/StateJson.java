package org.raqib.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.raqib.tlog.Roster;
import org.raqib.tlog.VerifierKey;

/** The state file's JSON: {@link VerifierState} written for people to read, and read back with every part checked. */
final class StateJson {

    static final String FORMAT = "raqib-verify-state/v1";

    private StateJson() {
    }

    static JsonObject write(VerifierState state, Instant now) {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("origin", state.checkpoint().origin());
        json.addProperty("vkey", state.vkey());
        json.addProperty("keyPinnedBy", state.keyPinnedBy());
        json.addProperty("size", state.checkpoint().size());
        json.addProperty("root", base64(state.checkpoint().root()));
        json.addProperty("checkpoint", new String(state.checkpointNote(), StandardCharsets.UTF_8));
        JsonArray range = new JsonArray();
        state.position().range().forEach(hash -> range.add(base64(hash)));
        json.add("range", range);
        JsonObject seqs = new JsonObject();
        state.position().seqs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> seqs.addProperty(e.getKey(), e.getValue()));
        json.add("seqs", seqs);
        json.add("roster", roster(state.position().roster()));
        json.addProperty("updated", now.toString());
        return json;
    }

    /**
     * Reads a state back: the checkpoint must open with the pinned key and the range must give its root.
     *
     * @throws RuntimeException (of many kinds) if any part is missing or wrong; the caller reports the file as unreadable
     */
    static VerifierState read(JsonObject json) {
        if (!FORMAT.equals(json.get("format").getAsString())) {
            throw new IllegalArgumentException("not a " + FORMAT + " file");
        }
        LogKey key = LogKey.of(VerifierKey.parse(json.get("vkey").getAsString()), json.get("keyPinnedBy").getAsString());
        byte[] note = json.get("checkpoint").getAsString().getBytes(StandardCharsets.UTF_8);
        var checkpoint = key.open(note);
        List<byte[]> range = new ArrayList<>();
        json.getAsJsonArray("range").forEach(hash -> range.add(Base64.getDecoder().decode(hash.getAsString())));
        Map<String, Long> seqs = new LinkedHashMap<>();
        json.getAsJsonObject("seqs").entrySet().forEach(e -> seqs.put(e.getKey(), e.getValue().getAsLong()));
        LogPosition position = new LogPosition(checkpoint.size(), range, seqs, roster(json.get("roster")));
        if (!java.util.Arrays.equals(position.compactRange().root(), checkpoint.root())) {
            throw new IllegalArgumentException("the stored range does not give the stored root");
        }
        return new VerifierState(key.pinnedBy(), key.vkey().encode(), note, checkpoint, position);
    }

    private static JsonElement roster(RosterInForce roster) {
        if (roster == null) {
            return com.google.gson.JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("index", roster.index());
        json.addProperty("text", roster.text());
        return json;
    }

    private static RosterInForce roster(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        String text = json.getAsJsonObject().get("text").getAsString();
        return new RosterInForce(json.getAsJsonObject().get("index").getAsLong(), Roster.parse(text), text);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
