package org.raqib.tlog;

/** A receipt that breaks a rule of the C2SP tlog-proof format. */
public final class TlogProofException extends TlogException {

    private static final long serialVersionUID = 1L;

    /** The rules of a tlog-proof. */
    public enum Rule {
        /** The first line is not {@code c2sp.org/tlog-proof@v1}. */
        HEADER,
        /** An {@code extra} line without canonical, non-empty base64. */
        EXTRA,
        /** No {@code index} line with an unsigned decimal without leading zeros. */
        INDEX,
        /** A proof line that is not the canonical base64 of 32 bytes, or more than 64 of them. */
        PROOF_HASH,
        /** No blank line followed by the checkpoint. */
        NO_CHECKPOINT
    }

    private final Rule rule;

    /** Creates the exception. */
    public TlogProofException(Rule rule, String detail) {
        super(rule, detail);
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
