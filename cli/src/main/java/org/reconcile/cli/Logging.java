package org.reconcile.cli;

import java.util.List;
import java.util.Map;

/**
 * The command line's logging: SLF4J's simple binding, quiet by default (warnings and errors only,
 * without dates or thread names), more talkative with {@code --verbose}. It is configured here, in
 * system properties, rather than by a {@code simplelogger.properties} in the jar: the library jar
 * must not change the logging of an application that embeds it.
 */
final class Logging {
    private static final String PREFIX = "org.slf4j.simpleLogger.";
    private static final Map<String, String> QUIET = Map.of(
            "defaultLogLevel", "warn",
            "log.org.drools", "warn",
            "log.org.kie", "warn",
            "showDateTime", "false",
            "showThreadName", "false",
            "showShortLogName", "true",
            "showLogName", "false",
            "levelInBrackets", "false");

    private Logging() {
    }

    /** True if {@code args} ask for verbose output. */
    static boolean verbose(String[] args) {
        return List.of(args).contains("--verbose") || List.of(args).contains("-v");
    }

    /**
     * Sets the quiet defaults, leaving any property given with {@code -D} as it is, then lowers the
     * log levels when {@code args} ask for verbose output. Must run before the first logger is
     * created, so only the real process calls it, never a test.
     */
    static void configure(String[] args) {
        QUIET.forEach((key, value) -> {
            if (System.getProperty(PREFIX + key) == null) {
                System.setProperty(PREFIX + key, value);
            }
        });
        if (verbose(args)) {
            System.setProperty(PREFIX + "log.org.reconcile", "debug");
            System.setProperty(PREFIX + "log.org.drools", "info");
            System.setProperty(PREFIX + "log.org.kie", "info");
        }
    }
}
