package org.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the project (README.md, rules/, docs/, examples/, schema/, seeds/), found from wherever
 * a test runs: the build runs tests from the project's root, but a mutation-testing run or an IDE
 * may run them from a module's folder.
 */
public final class ProjectFiles {
    private static final Path ROOT = findRoot();

    private ProjectFiles() {
    }

    /** The project's root: the nearest folder, from the working directory up, that holds the guidance. */
    public static Path root() {
        return ROOT;
    }

    /** {@code first} (and {@code more}) under the project's root, such as {@code of("rules")}. */
    public static Path of(String first, String... more) {
        return ROOT.resolve(Path.of(first, more));
    }

    private static Path findRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("seeds").resolve("getting-back-together.txt"))
                    && Files.isDirectory(dir.resolve("rules"))) {
                return dir;
            }
        }
        throw new IllegalStateException("the project's root (a folder holding seeds/getting-back-together.txt and rules/)"
                + " must be the working directory or above it, was not found from " + start);
    }
}
