/**
 * The compliance engine: each obligation of an agreement judged against the facts the modules record
 * (through {@link org.raqib.server.agreement.compliance.Facts}), live or as of a log index or an event time.
 * Other modules implement {@link org.raqib.server.agreement.compliance.MeasureSource} for what they count.
 */
@org.springframework.modulith.NamedInterface("compliance")
@org.jspecify.annotations.NullMarked
package org.raqib.server.agreement.compliance;
