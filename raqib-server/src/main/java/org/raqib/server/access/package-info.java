/**
 * Who may do what: global party identities, users and their role grants per agreement, API tokens,
 * login and its protections, and the audit of access.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.access;
