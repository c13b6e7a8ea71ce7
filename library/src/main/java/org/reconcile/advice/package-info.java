/**
 * What an {@link org.reconcile.Advisor} answers: the {@link org.reconcile.advice.Advice} with its
 * {@link org.reconcile.advice.Verdict}, {@link org.reconcile.advice.Recommendation}s,
 * {@link org.reconcile.advice.Question}s, {@link org.reconcile.advice.FollowUp}s and
 * {@link org.reconcile.advice.Explanation}; the rules' metadata
 * ({@link org.reconcile.advice.RuleInfo}); and {@link org.reconcile.advice.RulesException} for
 * rules that cannot be loaded. Every type is immutable and compared by value; the result types are
 * final classes, so a later version can add to them without breaking an application.
 */
package org.reconcile.advice;
