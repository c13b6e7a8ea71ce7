package org.reconcile.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated case: its bytes (never a line end, never only white space), what reading it must
 * give, and how it was made, to be named in assertion messages.
 *
 * @param bytes the case, as it stands on its line or in its array
 * @param expected what reading it must give
 * @param mutation how it was made from a valid case
 * @param index its 0-based number in the generator, which with the seed regenerates it
 */
public record GeneratedCase(byte[] bytes, Expected expected, String mutation, long index) {

    /** The case for a message: printable, escaped, and cut short when long. */
    public String shown() {
        StringBuilder text = new StringBuilder();
        String decoded = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
        for (char c : decoded.toCharArray()) {
            text.append(c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : String.valueOf(c));
        }
        return text + (bytes.length > 400 ? "… (" + bytes.length + " bytes)" : "");
    }

    /** "case 12 (truncated): {"id":..." */
    public String describe(long seed) {
        return "seed " + seed + ", case " + index + " (" + mutation + "): " + shown();
    }
}
