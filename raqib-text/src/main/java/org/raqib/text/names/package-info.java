/**
 * Name reconciliation: two lists of people whose names are written in Arabic, Latin or Hebrew script,
 * spelled differently, matched one to one. Each name is parsed into parts (compounds such as عبد الله and
 * Abu Shamala joined, articles and {@code bin} dropped, "FAMILY, Given" put back in order), each part
 * reduced to a sound and a consonant skeleton common to the three scripts, and pairs scored part by part
 * with an alias table of known spellings; ID numbers and birth years weigh as strong evidence. Pure Java.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.text.names;
