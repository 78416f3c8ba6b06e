package org.raqib.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.raqib.tlog.NoteException.Rule.CONTROL_CHARACTER;
import static org.raqib.tlog.NoteException.Rule.INVALID_KEY_NAME;
import static org.raqib.tlog.NoteException.Rule.INVALID_SIGNATURE;
import static org.raqib.tlog.NoteException.Rule.INVALID_UTF8;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_SIGNATURE;
import static org.raqib.tlog.NoteException.Rule.MALFORMED_TEXT;
import static org.raqib.tlog.NoteException.Rule.NO_KNOWN_SIGNATURE;
import static org.raqib.tlog.NoteException.Rule.NO_SIGNATURE_BLOCK;
import static org.raqib.tlog.NoteException.Rule.TOO_MANY_SIGNATURES;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and signature lines.
 *
 * <pre>
 * &lt;text, one or more lines, each ending in \n&gt;
 * \n
 * — &lt;key name&gt; &lt;base64(keyID || signature)&gt;\n     (one or more)
 * </pre>
 *
 * The signed bytes are the text, final newline included. {@link #parse} applies the format's rules
 * strictly and {@link #verify} its rules about keys: signatures of unknown keys are ignored, a
 * known key that fails rejects the note, and at least one known key must have signed.
 *
 * @param text the note text, ending in a newline
 * @param signatures the signature lines, in order
 */
public record Note(String text, List<NoteSignature> signatures) {

    /** Notes with more signatures are rejected, as Go's note package does. */
    public static final int MAX_SIGNATURES = 100;

    private static final byte[] BLANK_LINE = {'\n', '\n'};
    private static final String SIGNATURE_PREFIX = "\u2014 ";

    /**
     * Checks the text and the signature count.
     *
     * @throws NoteException if the text is empty, does not end in a newline, is not encodable
     *     as UTF-8 or holds a control character, or if there are too many signatures
     */
    public Note {
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new NoteException(MALFORMED_TEXT, "the text must end in a newline");
        }
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
            throw new NoteException(INVALID_UTF8, "the text is not valid Unicode");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new NoteException(CONTROL_CHARACTER, "the text holds a control character");
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new NoteException(TOO_MANY_SIGNATURES, signatures.size() + " signatures");
        }
        signatures = List.copyOf(signatures);
    }

    /**
     * Parses a signed note without checking its signatures.
     *
     * @throws NoteException naming the first format rule {@code message} breaks
     */
    public static Note parse(byte[] message) {
        checkCharacters(message);
        int split = lastIndexOf(message, BLANK_LINE);
        if (split < 0) {
            throw new NoteException(NO_SIGNATURE_BLOCK, "no blank line before signatures");
        }
        String block = new String(message, split + 2, message.length - split - 2, UTF_8);
        if (block.isEmpty()) {
            throw new NoteException(NO_SIGNATURE_BLOCK, "no signature after the blank line");
        }
        if (!block.endsWith("\n")) {
            throw new NoteException(MALFORMED_SIGNATURE, "the last signature line does not end in a newline");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteException(TOO_MANY_SIGNATURES, lines.length + " signatures");
        }
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (String line : lines) {
            signatures.add(parseSignature(line));
        }
        return new Note(new String(message, 0, split + 1, UTF_8), signatures);
    }

    /**
     * Verifies the signatures of known keys and returns them, one per key.
     *
     * @throws NoteException {@code INVALID_SIGNATURE} if a known key's signature fails,
     *     {@code NO_KNOWN_SIGNATURE} if no known key signed
     */
    public List<NoteSignature> verify(Verifiers known) {
        byte[] message = text.getBytes(UTF_8);
        List<NoteSignature> verified = new ArrayList<>();
        for (NoteSignature signature : signatures) {
            Optional<NoteVerifier> verifier = known.verifier(signature.name(), signature.keyId());
            if (verifier.isEmpty()) {
                continue;
            }
            if (!verifier.get().verify(message, signature.signature())) {
                throw new NoteException(INVALID_SIGNATURE, "the signature of " + signature.name() + " does not verify");
            }
            if (verified.stream().noneMatch(v -> sameKey(v, signature))) {
                verified.add(signature);
            }
        }
        if (verified.isEmpty()) {
            throw new NoteException(NO_KNOWN_SIGNATURE, "no signature by a known key");
        }
        return List.copyOf(verified);
    }

    /**
     * Returns this note with a signature by each signer added after the existing ones; an existing
     * signature by the same key (name and key ID) is replaced.
     */
    public Note sign(List<? extends NoteSigner> signers) {
        byte[] message = text.getBytes(UTF_8);
        List<NoteSignature> added = new ArrayList<>();
        for (NoteSigner signer : signers) {
            if (!KeyNames.isValid(signer.name())) {
                throw new NoteException(INVALID_KEY_NAME, "invalid key name '" + signer.name() + "'");
            }
            added.add(new NoteSignature(signer.name(), signer.keyId(), signer.sign(message)));
        }
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.removeIf(old -> added.stream().anyMatch(n -> sameKey(n, old)));
        all.addAll(added);
        return new Note(text, all);
    }

    /** Returns the note text signed by {@code signers}. */
    public static Note sign(String text, NoteSigner... signers) {
        return new Note(text, List.of()).sign(List.of(signers));
    }

    /**
     * Returns the note as sent: text, blank line, signature lines.
     *
     * @throws IllegalStateException if the note has no signature
     */
    public byte[] encode() {
        if (signatures.isEmpty()) {
            throw new IllegalStateException("a signed note needs a signature");
        }
        StringBuilder note = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> note.append(signature.line()));
        return note.toString().getBytes(UTF_8);
    }

    private static NoteSignature parseSignature(String line) {
        int space = line.indexOf(' ', SIGNATURE_PREFIX.length());
        if (!line.startsWith(SIGNATURE_PREFIX) || space < 0) {
            throw new NoteException(MALFORMED_SIGNATURE, "not a signature line: " + line);
        }
        String name = line.substring(SIGNATURE_PREFIX.length(), space);
        if (!KeyNames.isValid(name)) {
            throw new NoteException(INVALID_KEY_NAME, "invalid key name '" + name + "'");
        }
        byte[] bytes = StrictBase64.decode(line.substring(space + 1))
                .filter(b -> b.length >= 5)
                .orElseThrow(() -> new NoteException(MALFORMED_SIGNATURE, "bad signature of " + name));
        return new NoteSignature(name, ByteBuffer.wrap(bytes).getInt(), Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    private static void checkCharacters(byte[] message) {
        try {
            UTF_8.newDecoder().decode(ByteBuffer.wrap(message));
        } catch (CharacterCodingException e) {
            throw new NoteException(INVALID_UTF8, "the note is not valid UTF-8");
        }
        for (byte b : message) {
            // Bytes below 0x80 only ever encode ASCII in UTF-8.
            if (b >= 0 && b < 0x20 && b != '\n') {
                throw new NoteException(CONTROL_CHARACTER, "control character 0x" + Integer.toHexString(b));
            }
        }
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameKey(NoteSignature a, NoteSignature b) {
        return a.name().equals(b.name()) && a.keyId() == b.keyId();
    }
}
