package org.raqib.verify;

import org.raqib.tlog.Checkpoint;

/**
 * What the verifier remembers of one log after a run in which every check passed.
 *
 * @param keyPinnedBy how the log key was first trusted: {@link LogKey#ARGUMENT} or {@link LogKey#TRUST_ON_FIRST_USE}
 * @param vkey the pinned log key, whose name is the pinned origin
 * @param checkpointNote the last verified signed checkpoint, as the log served it
 * @param checkpoint that checkpoint
 * @param position the verified log up to the checkpoint's size
 */
record VerifierState(String keyPinnedBy, String vkey, byte[] checkpointNote, Checkpoint checkpoint, LogPosition position) {

    VerifierState {
        checkpointNote = checkpointNote.clone();
    }

    @Override
    public byte[] checkpointNote() {
        return checkpointNote.clone();
    }
}
