/**
 * The record: one transparency log per agreement. Every fact any module records is an entry here,
 * signed for the party it names, sequenced, stored with its need-to-know payload, and projected into the
 * module's tables by the handler the module registers for its kind.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.record;
