/** Constraints: location, colocation, order and ticket, each with the resource sets form. */
package org.paceline.cib.constraints;
