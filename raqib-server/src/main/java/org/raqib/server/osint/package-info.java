/**
 * The room's open-source desk: news read for an agreement (files, folders, feeds, uploads), searched in
 * Arabic and English, its claims reviewed by mediators (an accepted claim becomes a draft in the module that
 * records such figures, a rejected one needs a reason; both decisions are entries), and flags where a news
 * figure contradicts the record for the same measure and day. Articles are public news; the review queue
 * and the record's figures are the room's.
 */
@org.jspecify.annotations.NullMarked
package org.raqib.server.osint;
