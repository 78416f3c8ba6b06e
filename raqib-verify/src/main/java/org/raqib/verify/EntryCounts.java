package org.raqib.verify;

import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonObject;

import org.raqib.tlog.VerifiedEntry;

/**
 * How many entries were checked, and how many of them the server signed with a party's custodial key
 * ({@code <party>/custodial}) rather than the party with a key it holds itself, in all and per party.
 */
final class EntryCounts {

    private long checked;
    private long custodial;
    private final Map<String, long[]> byParty = new TreeMap<>();

    void count(VerifiedEntry entry) {
        checked++;
        long[] party = byParty.computeIfAbsent(entry.partyKey().party(), p -> new long[2]);
        if (entry.isCustodial()) {
            custodial++;
            party[0]++;
        } else {
            party[1]++;
        }
    }

    long checked() {
        return checked;
    }

    /** Returns {"from", "checked", "custodial", "partyHeld", "byParty": {party: {"custodial", "partyHeld"}}}. */
    JsonObject toJson(long from) {
        JsonObject json = new JsonObject();
        json.addProperty("from", from);
        json.addProperty("checked", checked);
        json.addProperty("custodial", custodial);
        json.addProperty("partyHeld", checked - custodial);
        JsonObject parties = new JsonObject();
        byParty.forEach((party, counts) -> {
            JsonObject counted = new JsonObject();
            counted.addProperty("custodial", counts[0]);
            counted.addProperty("partyHeld", counts[1]);
            parties.add(party, counted);
        });
        json.add("byParty", parties);
        return json;
    }
}
