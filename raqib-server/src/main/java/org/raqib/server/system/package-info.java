/**
 * What every module stands on: where data lives, which database is used, the clock, and the
 * command-line commands' contract.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.system;
