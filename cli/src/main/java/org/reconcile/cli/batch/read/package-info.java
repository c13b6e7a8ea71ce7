/**
 * The first step of a case through the batch: inputs cut into raw cases, bytes and where they
 * start, not yet parsed.
 */
package org.reconcile.cli.batch.read;
