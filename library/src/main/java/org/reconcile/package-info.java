/**
 * reconcile, embedded: {@link org.reconcile.Advisor} is the one entry point. Build a
 * {@link org.reconcile.model.Situation}, ask {@link org.reconcile.Advisor#builtIn()} for its
 * {@link org.reconcile.advice.Advice}, and read the verdict, the recommendations with the
 * guidance they cite, the questions and follow-ups, and what decided it. Everything an application
 * may use is in this package, {@code org.reconcile.model}, {@code org.reconcile.advice} and
 * {@code org.reconcile.json}; the packages under {@code org.reconcile.internal} are not part of the
 * API and may change in any version.
 */
package org.reconcile;
