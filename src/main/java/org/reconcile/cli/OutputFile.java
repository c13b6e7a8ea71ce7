package org.reconcile.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code --output FILE}: the results go to a temporary file beside FILE, which replaces FILE in one
 * atomic rename once the run has written every result. A run that stops early, or is killed,
 * leaves FILE as it was and no temporary file behind.
 */
final class OutputFile implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Thread removeOnExit;
    private boolean done;

    private OutputFile(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.removeOnExit = new Thread(this::removeTemporary, "reconcile-output-cleanup");
        Runtime.getRuntime().addShutdownHook(removeOnExit);
    }

    /** Why results cannot be written to {@code target}, found before anything is evaluated; empty if they can be. */
    static Optional<String> problem(Path target) {
        if (Files.isDirectory(target)) {
            return Optional.of("it is a directory, not a file");
        }
        Path directory = directoryOf(target);
        if (!Files.isDirectory(directory)) {
            return Optional.of("its directory " + directory + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            return Optional.of("its directory " + directory + " is not writable");
        }
        return Optional.empty();
    }

    /** Opens a new temporary file beside {@code target}, named after it and hidden: {@code .results.jsonl.<random>.tmp}. */
    static OutputFile open(Path target) throws IOException {
        Path temporary = directoryOf(target).resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        // Not Files.createTempFile: its file is private to the owner, and it would become FILE.
        OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new OutputFile(target, temporary, new BufferedOutputStream(stream, BUFFER));
    }

    /** Where the results are written until {@link #commit}. */
    OutputStream stream() {
        return stream;
    }

    /** Puts the results in place of FILE, in one rename. */
    void commit() throws IOException {
        stream.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        done = true;
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!done) {
            try {
                stream.close();
            } catch (IOException e) {
                // the run failed already; removing the temporary file is what matters
            }
            removeTemporary();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down, and the hook does the same
        }
    }

    private void removeTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done about it
        }
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }
}
