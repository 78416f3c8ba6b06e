package org.raqib.tlog;

/** An inclusion or consistency proof that does not verify (RFC 9162 §2.1.3.2, §2.1.4.2). */
public final class ProofException extends TlogException {

    private static final long serialVersionUID = 1L;

    /** Why a proof was rejected. */
    public enum Rule {
        /** The leaf index is not below the tree size. */
        INDEX_BEYOND_SIZE,
        /** The second tree is smaller than the first. */
        SIZE_DECREASED,
        /** A consistency proof from the empty tree, which proves nothing. */
        EMPTY_TREE,
        /** A hash that is not 32 bytes. */
        WRONG_HASH_SIZE,
        /** The proof does not have the length the sizes determine. */
        WRONG_PROOF_SIZE,
        /** The proof leads to a different root. */
        ROOT_MISMATCH
    }

    private final Rule rule;

    /** Creates the exception. */
    public ProofException(Rule rule, String detail) {
        super(rule, detail);
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
