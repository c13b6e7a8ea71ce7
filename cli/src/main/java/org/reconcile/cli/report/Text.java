package org.reconcile.cli.report;

/** Paragraphs, list items and quotes, word-wrapped to a width; words longer than a line stay whole. */
final class Text {
    private static final String ITEM = "  - ";
    private static final String UNDER_ITEM = "    ";
    private static final String QUOTE = "      ";

    private final int width;
    private final StringBuilder text = new StringBuilder(2048);

    Text(int width) {
        this.width = width;
    }

    Text paragraph(String words) {
        return wrap(words, "", "");
    }

    Text item(String words) {
        return wrap(words, ITEM, UNDER_ITEM);
    }

    Text quote(String words) {
        return wrap(words, QUOTE, QUOTE);
    }

    Text blank() {
        text.append('\n');
        return this;
    }

    private Text wrap(String words, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : words.trim().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                text.append(line).append('\n');
                line.setLength(0);
                line.append(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        text.append(line).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
