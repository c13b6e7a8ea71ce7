/**
 * {@code reconcile test}: scenario files read, each scenario's case advised on and compared with
 * what it expects, the rules that no scenario fired or every scenario fired, and the report.
 */
package org.reconcile.cli.scenario;
