package org.reconcile.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Whole inputs made of generated cases, laid out as a careless producer would: a byte-order mark
 * at times, {@code \n} and {@code \r\n} mixed, blank lines, no line end after the last line.
 */
public final class HostileFiles {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String[] BLANK_LINES = {"", " ", "\t", "  \t ", "\r"};

    private HostileFiles() {
    }

    /**
     * A generated input.
     *
     * @param bytes the input
     * @param cases its cases, in order
     * @param lines the 1-based physical line each case is on (JSON Lines) or starts on (an array)
     */
    public record GeneratedFile(byte[] bytes, List<GeneratedCase> cases, List<Integer> lines) {
    }

    /**
     * Cases {@code first} to {@code first + count - 1} as JSON Lines. The first line is a valid
     * case, so that the input is told to be JSON Lines (a first line that is not one JSON value,
     * followed by one that does not start with <code>{</code>, would be taken for a single case).
     */
    public static GeneratedFile jsonLines(HostileCases generator, long first, int count) {
        Random layout = new Random(generator.seed() ^ first);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<GeneratedCase> cases = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (layout.nextInt(4) == 0) {
            out.writeBytes(BOM);
        }
        int line = 0;
        for (int i = 0; i < count; i++) {
            while (i > 0 && layout.nextInt(8) == 0) {
                out.writeBytes((BLANK_LINES[layout.nextInt(BLANK_LINES.length)] + lineEnd(layout)).getBytes(StandardCharsets.UTF_8));
                line++;
            }
            GeneratedCase generated = i == 0 ? generator.valid(first) : generator.line(first + i);
            out.writeBytes(generated.bytes());
            if (i < count - 1 || layout.nextBoolean()) {
                out.writeBytes(lineEnd(layout).getBytes(StandardCharsets.UTF_8));
            }
            cases.add(generated);
            lines.add(++line);
        }
        return new GeneratedFile(out.toByteArray(), cases, lines);
    }

    /** Cases {@code first} to {@code first + count - 1} as a JSON array, with white space and line ends between them. */
    public static GeneratedFile array(HostileCases generator, long first, int count) {
        Random layout = new Random(generator.seed() ^ first ^ 0x5DEECE66DL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<GeneratedCase> cases = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (layout.nextInt(4) == 0) {
            out.writeBytes(BOM);
        }
        int[] line = {1};
        write(out, "[" + space(layout, line));
        for (int i = 0; i < count; i++) {
            GeneratedCase generated = generator.element(first + i);
            lines.add(line[0]);
            out.writeBytes(generated.bytes());
            write(out, space(layout, line) + (i < count - 1 ? "," + space(layout, line) : ""));
            cases.add(generated);
        }
        write(out, "]" + space(layout, line));
        return new GeneratedFile(out.toByteArray(), cases, lines);
    }

    private static String lineEnd(Random layout) {
        return layout.nextInt(3) == 0 ? "\r\n" : "\n";
    }

    // White space between values, counting the line ends it holds.
    private static String space(Random layout, int[] line) {
        return switch (layout.nextInt(5)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> {
                line[0]++;
                yield "\n  ";
            }
            case 3 -> {
                line[0]++;
                yield "\r\n";
            }
            default -> "\t ";
        };
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
