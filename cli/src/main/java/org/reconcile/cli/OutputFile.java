package org.reconcile.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --output FILE}: the results go to a temporary file beside FILE, which replaces FILE in one
 * atomic rename once the run has written every result. A run that stops early, or is killed,
 * leaves FILE as it was. Its temporary file is removed as it ends; a run killed outright (SIGKILL,
 * a crash) cannot do that, so each run first removes the temporary files of the same FILE whose
 * writer, named in the file's name, is no longer running.
 */
final class OutputFile implements AutoCloseable {
    private static final int BUFFER = 64 * 1024;
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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

    /**
     * Opens a new temporary file beside {@code target}, named after it, hidden, and naming this process:
     * {@code .results.jsonl.<pid>.<random>.tmp}. Removes first what runs killed outright left there.
     */
    static OutputFile open(Path target) throws IOException {
        removeAbandonedTemporaries(target);
        String name = temporaryPrefix(target) + ProcessHandle.current().pid() + "." + UUID.randomUUID() + ".tmp";
        Path temporary = directoryOf(target).resolve(name);
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

    // A process that ended cannot be writing; one still running may be (or be a process that took
    // its number since), so its file is left alone.
    private static void removeAbandonedTemporaries(Path target) {
        Pattern ours = Pattern.compile(Pattern.quote(temporaryPrefix(target)) + "(\\d{1,18})\\." + UUID_PATTERN + "\\.tmp");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directoryOf(target))) {
            for (Path file : files) {
                Matcher name = ours.matcher(file.getFileName().toString());
                if (name.matches() && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // left for a later run; it does not stop this one
        }
    }

    private static String temporaryPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }
}
