/**
 * The JSON of the command line, for programs: {@link org.reconcile.json.CaseJson} reads a case,
 * or a stream of cases from an array or JSON Lines, into {@link org.reconcile.json.Case}s (valid,
 * with a situation, or invalid, with a {@link org.reconcile.json.CaseError}), also from a map or
 * a tree an application already has; {@link org.reconcile.json.AdviceJson} writes advice and
 * errors, exactly as {@code reconcile advise} reads and writes them; and
 * {@link org.reconcile.json.ReconcileModule} teaches an application's own Jackson
 * {@code ObjectMapper} the same JSON.
 */
package org.reconcile.json;
