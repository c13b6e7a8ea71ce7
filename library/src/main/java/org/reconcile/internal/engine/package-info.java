/**
 * The rule engine behind {@link org.reconcile.Advisor}: the only package that talks to Drools.
 * Not part of the API: no application should use it, and it may change in any version.
 */
package org.reconcile.internal.engine;
