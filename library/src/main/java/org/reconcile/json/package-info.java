/**
 * The JSON of the command line, for programs: {@link org.reconcile.json.CaseJson} reads a case
 * into a {@link org.reconcile.json.Case} (valid, with its situation, or invalid, with its error),
 * and {@link org.reconcile.json.AdviceJson} writes advice as a result, exactly as
 * {@code reconcile advise} reads and writes them.
 */
package org.reconcile.json;
