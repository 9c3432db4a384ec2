/**
 * Resources: primitives, groups, clones (promotable or not), bundles, and templates,
 * with their operations. A sealed hierarchy: every switch over it is exhaustive.
 */
package org.paceline.cib.resources;
