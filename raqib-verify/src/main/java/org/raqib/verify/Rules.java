package org.raqib.verify;

/**
 * The names of the verifier's own rules, as the report gives them. Rules about one signed note,
 * checkpoint, entry, roster or proof keep the name the library gives them ({@code TlogException.rule()}).
 */
final class Rules {

    /** The log's checkpoint is smaller than the one stored: the log was rolled back. */
    static final String ROLLBACK = "ROLLBACK";
    /** The log's checkpoint has the stored size but another root. */
    static final String EQUIVOCATION = "EQUIVOCATION";
    /** No consistency proof from the log's tiles links a checkpoint with a later one: history was rewritten. */
    static final String CONSISTENCY = "CONSISTENCY";
    /** Two signed checkpoints of one log that cannot both be right: the log showed two histories. */
    static final String SPLIT_VIEW = "SPLIT_VIEW";
    /** A receipt's inclusion proof does not lead to its checkpoint's root. */
    static final String INCLUSION = "INCLUSION";
    /** A tile or entry bundle the checkpoint covers is not served. */
    static final String MISSING_TILE = "MISSING_TILE";
    /** A hash tile of the wrong length. */
    static final String TILE_SIZE = "TILE_SIZE";
    /** A malformed entry bundle, or one with the wrong number of entries. */
    static final String BUNDLE = "BUNDLE";
    /** An entry's leaf hash differs from the hash in the level-0 tile. */
    static final String LEAF_HASH = "LEAF_HASH";
    /** A hash in an upper tile differs from the one the entries give. */
    static final String TILE_HASH = "TILE_HASH";
    /** The root recomputed from the entries differs from the checkpoint's. */
    static final String ROOT = "ROOT";
    /** Per party key name, seq must run 1, 2, 3… with no gap and no repeat. */
    static final String SEQ = "SEQ";
    /** A ref must name an earlier entry by its index and leaf hash. */
    static final String REF = "REF";
    /** A seen checkpoint must be one of this log, no later than the entry. */
    static final String SEEN = "SEEN";
    /** Entry 0 is not a roster entry. */
    static final String NO_ROSTER = "NO_ROSTER";
    /** The roster a roster entry put in force is not served. */
    static final String MISSING_ROSTER = "MISSING_ROSTER";
    /** The served roster text is not the roster entry's payload. */
    static final String ROSTER_HASH = "ROSTER_HASH";
    /** The served roster text is not a valid roster of this log. */
    static final String ROSTER_TEXT = "ROSTER_TEXT";
    /** A payload's SHA-256 differs from its entry's payload-sha256. */
    static final String PAYLOAD_MISMATCH = "PAYLOAD_MISMATCH";
    /** The server has no payload for an entry. */
    static final String MISSING_PAYLOAD = "MISSING_PAYLOAD";
    /** The server now advertises another log key than the one pinned. */
    static final String LOG_KEY_CHANGED = "LOG_KEY_CHANGED";

    private Rules() {
    }
}
