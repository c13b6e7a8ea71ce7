package org.reconcile.cli.batch.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input of a batch: a file, or standard input.
 *
 * @param name the name used in messages: the file as given, or {@code <stdin>}
 * @param opener opens the input; called once, when its cases are read
 */
public record Input(String name, Opener opener) {

    /** Opens an input. */
    @FunctionalInterface
    public interface Opener {
        /** The input's bytes from the start. */
        InputStream open() throws IOException;
    }

    /** Checks that nothing is missing. */
    public Input {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(opener, "opener must not be null");
    }

    /** The file at {@code path}, named as given. */
    public static Input file(Path path) {
        return new Input(path.toString(), () -> Files.newInputStream(path));
    }

    /** Standard input; reading it to the end does not close it. */
    public static Input stdin(InputStream in) {
        return new Input("<stdin>", () -> new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the caller
            }
        });
    }
}
