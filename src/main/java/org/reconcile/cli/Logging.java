package org.reconcile.cli;

import java.util.List;

/**
 * The command line's logging: SLF4J's simple binding, quiet by default (see
 * {@code simplelogger.properties}), more talkative with {@code --verbose}.
 */
final class Logging {
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private Logging() {
    }

    /** True if {@code args} ask for verbose output. */
    static boolean verbose(String[] args) {
        return List.of(args).contains("--verbose") || List.of(args).contains("-v");
    }

    /**
     * Lowers the log levels when {@code args} ask for verbose output. Must run before the first
     * logger is created, so only the real process calls it, never a test.
     */
    static void configure(String[] args) {
        if (verbose(args)) {
            System.setProperty(PREFIX + "log.org.reconcile", "debug");
            System.setProperty(PREFIX + "log.org.drools", "info");
            System.setProperty(PREFIX + "log.org.kie", "info");
        }
    }
}
