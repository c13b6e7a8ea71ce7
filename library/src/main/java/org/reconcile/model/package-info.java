/**
 * The facts of a case: the {@link org.reconcile.model.Fact} catalog (every fact's JSON name,
 * type, allowed values, meaning and question), and the immutable
 * {@link org.reconcile.model.Situation} that states some of them. A form can be built from the
 * catalog alone, with {@link org.reconcile.model.Situation#get(org.reconcile.model.Fact)} and
 * {@link org.reconcile.model.Situation.Builder#set(org.reconcile.model.Fact, Object)}.
 */
package org.reconcile.model;
