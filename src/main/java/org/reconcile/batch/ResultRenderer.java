package org.reconcile.batch;

/** Writes one case's result as bytes: a JSON object, or a block of text. */
interface ResultRenderer {
    byte[] render(CaseResult result);
}
