/**
 * The personal-data store: names, ID numbers, dates of birth and places of the people the room's lists
 * name, kept only here, encrypted at rest, read on a need-to-know grant and audited at every read. The
 * record never holds personal data: it carries a {@link PersonRef} and a salted commitment instead.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.person;
