package org.reconcile.fuzz;

import java.util.Random;

/** Text for generated cases: JSON strings, white space, typos, and text of every kind. */
final class Strings {
    private static final String[] BLANKS = {" ", "\t", "  ", " \t ", "\r"};
    private static final String[] ODD_TEXT = {"é", "’", "—", "\u00A0", "\uD83D\uDE00", "\u0000", "\n", "\"", "\\", "\uFEFF",
        "\uD800", "\uDFFF", "'", "{", "]", "\u2028"};

    private Strings() {
    }

    /**
     * {@code text} as a JSON string: quotes, backslashes, control characters and lone surrogates
     * escaped, and at random some other characters too (never half of a surrogate pair).
     */
    static String quote(String text, Random random) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || lone || (random != null && !Character.isSurrogate(c) && random.nextInt(10) == 0)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** White space that may stand between tokens on one line, often none. */
    static String blanks(Random random) {
        return random.nextInt(3) == 0 ? BLANKS[random.nextInt(BLANKS.length)] : "";
    }

    /** {@code name} with one slip: a letter dropped, doubled, swapped or changed in case; never {@code name} itself. */
    static String typo(String name, Random random) {
        int at = random.nextInt(name.length());
        String typo = switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
            case 2 -> at + 1 < name.length() ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
                    : name + "s";
            default -> name.substring(0, at) + flipCase(name.charAt(at)) + name.substring(at + 1);
        };
        return typo.equals(name) ? name + "_" : typo;
    }

    private static char flipCase(char c) {
        return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    }

    /** Up to {@code max} characters of any kind: letters, digits, punctuation, typography, emoji, controls, lone surrogates. */
    static String anyText(Random random, int max) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(max + 1);
        while (text.length() < length) {
            text.append(random.nextInt(4) == 0 ? ODD_TEXT[random.nextInt(ODD_TEXT.length)] : String.valueOf((char) (0x20 + random.nextInt(0x5F))));
        }
        return text.toString();
    }

    /** {@code count} characters of plain ASCII letters. */
    static String letters(Random random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** A run of {@code count} digits, not starting with 0. */
    static String digits(Random random, int count) {
        StringBuilder text = new StringBuilder(count).append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
