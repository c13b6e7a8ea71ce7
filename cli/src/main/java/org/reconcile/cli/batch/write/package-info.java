/** The last step of a case through the batch: its result rendered, and the results framed as the output format wants. */
package org.reconcile.cli.batch.write;
