package org.reconcile.cli.batch.write;

/** How results are written, when not following the input's own format. */
public enum OutputFormat {
    /** A JSON array of results, or a single result for an input holding a single case. */
    JSON,
    /** One result per line. */
    JSONL,
    /** A readable report for a person. */
    TEXT
}
