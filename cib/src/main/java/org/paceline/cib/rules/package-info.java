/**
 * Rules, dates and scores as Pacemaker defines them: score arithmetic ({@link
 * org.paceline.cib.rules.Score}), ISO 8601 dates, durations and periods, the evaluation of
 * rules against a node, resource, operation and instant ({@link
 * org.paceline.cib.rules.RuleEvaluator}), and the combining of rule-governed name/value sets
 * ({@link org.paceline.cib.rules.AttributeSets}).
 *
 * <p>Takes the immutable rule records of this package and a {@link
 * org.paceline.cib.rules.RuleContext}; gives booleans, values and instants. Never reads a
 * clock (the instant comes in), never does I/O, never throws on what a user wrote.
 */
package org.paceline.cib.rules;
