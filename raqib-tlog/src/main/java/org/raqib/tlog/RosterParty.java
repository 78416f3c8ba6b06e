package org.raqib.tlog;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.raqib.tlog.RosterException.Rule.PARTY_NAME;
import static org.raqib.tlog.RosterException.Rule.ROLE;

/**
 * A party of the roster with its roles under the agreement, e.g. {@code side}, {@code mediator},
 * {@code intermediary}, {@code monitor}. Kinds require co-signatures by role.
 *
 * @param name the party's name, a key name such as {@code party-a.example}
 * @param roles its roles, at least one, in the order listed
 */
public record RosterParty(String name, List<String> roles) {

    /** The role whose signature every roster change needs. */
    public static final String MEDIATOR = "mediator";

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Checks the name and the roles.
     *
     * @throws RosterException {@code PARTY_NAME} or {@code ROLE}
     */
    public RosterParty {
        if (!KeyNames.isValid(name)) {
            throw new RosterException(PARTY_NAME, "invalid party name '" + name + "'");
        }
        roles = List.copyOf(roles);
        if (roles.isEmpty() || !roles.stream().allMatch(RosterParty::isValidRole) || new HashSet<>(roles).size() != roles.size()) {
            throw new RosterException(ROLE, "party " + name + " needs distinct roles of lower-case letters, digits and hyphens");
        }
    }

    /** Returns whether {@code role} is a valid role name: lower-case ASCII letters, digits and hyphens. */
    public static boolean isValidRole(String role) {
        return role != null && ROLE_NAME.matcher(role).matches();
    }

    /** Returns whether the party holds {@code role}. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
