package org.raqib.tlog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of entry kinds a log accepts; an entry of any other kind is rejected. It starts
 * from {@link #core()} and each server module adds its own:
 *
 * <pre>
 * EntryKinds kinds = EntryKinds.builder()
 *         .addAll(EntryKinds.core())
 *         .add(new EntryKind("exchange.handover/v1", Set.of("intermediary")))
 *         .build();
 * </pre>
 *
 * Immutable and thread-safe.
 */
public final class EntryKinds {

    /**
     * A change to the roster: the genesis roster, a new party or a key rotation. The payload is the
     * complete new roster text; a mediator co-signs it.
     */
    public static final EntryKind ROSTER = new EntryKind("record.roster/v1", Set.of(RosterParty.MEDIATOR));

    private final Map<String, EntryKind> kinds;

    private EntryKinds(Map<String, EntryKind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    /** Returns the kinds this library defines: {@link #ROSTER}. */
    public static EntryKinds core() {
        return builder().add(ROSTER).build();
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the kind named {@code name}, or empty if it is not registered. */
    public Optional<EntryKind> find(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** Returns every registered kind. */
    public List<EntryKind> all() {
        return List.copyOf(kinds.values());
    }

    /** Collects kinds; a name may be registered once. */
    public static final class Builder {

        private final Map<String, EntryKind> kinds = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers a kind.
         *
         * @throws IllegalArgumentException if a kind of that name is registered already
         */
        public Builder add(EntryKind kind) {
            if (kinds.putIfAbsent(kind.name(), kind) != null) {
                throw new IllegalArgumentException("kind " + kind.name() + " is registered twice");
            }
            return this;
        }

        /** Registers every kind of {@code other}. */
        public Builder addAll(EntryKinds other) {
            other.all().forEach(this::add);
            return this;
        }

        /** Returns the registry. */
        public EntryKinds build() {
            return new EntryKinds(kinds);
        }
    }
}
