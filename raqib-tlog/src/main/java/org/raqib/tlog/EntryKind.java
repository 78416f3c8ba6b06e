package org.raqib.tlog;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of entry, named {@code <module>.<event>/v<n>} (e.g. {@code exchange.handover/v1}), with
 * the signatures it requires. Every entry is signed by its own party's key; a kind may also
 * require, for each of its co-signer roles, a signature by a key of a party holding that role in
 * the roster (e.g. a handover needs the {@code intermediary}'s).
 *
 * @param name the kind's name
 * @param cosignerRoles roster roles whose signatures an entry of this kind needs, besides its party's
 */
public record EntryKind(String name, Set<String> cosignerRoles) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*/v[1-9][0-9]*");

    /**
     * Checks the name and the roles.
     *
     * @throws IllegalArgumentException if the name is not {@code <module>.<event>/v<n>} or a role
     *     is not a {@link RosterParty#isValidRole valid role}
     */
    public EntryKind {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("a kind is named <module>.<event>/v<n>, got '" + name + "'");
        }
        cosignerRoles = Set.copyOf(cosignerRoles);
        if (!cosignerRoles.stream().allMatch(RosterParty::isValidRole)) {
            throw new IllegalArgumentException("invalid role in " + cosignerRoles);
        }
    }

    /** Returns a kind that only its party signs. */
    public static EntryKind signedByParty(String name) {
        return new EntryKind(name, Set.of());
    }

    /** Returns whether {@code name} is {@code <module>.<event>/v<n>}: lower-case ASCII, digits and hyphens, version from 1. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Returns the module, the part before the dot. */
    public String module() {
        return name.substring(0, name.indexOf('.'));
    }
}
