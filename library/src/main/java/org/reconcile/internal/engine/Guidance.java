package org.reconcile.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The guidance text the rules encode, bundled in the jar from {@code seeds/}. */
final class Guidance {
    static final String RESOURCE = "org/reconcile/seeds/getting-back-together.txt";

    private static final String TEXT = load();

    private Guidance() {
    }

    /** The whole guidance, character for character. */
    static String text() {
        return TEXT;
    }

    /** True if {@code excerpt} occurs verbatim in the guidance. */
    static boolean quotes(String excerpt) {
        return !excerpt.isBlank() && TEXT.contains(excerpt);
    }

    /** Where {@code excerpt} first occurs in the guidance, or past its end if it does not. */
    static int positionOf(String excerpt) {
        int at = TEXT.indexOf(excerpt);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static String load() {
        try (InputStream in = Guidance.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the guidance text " + RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guidance text " + RESOURCE, e);
        }
    }
}
