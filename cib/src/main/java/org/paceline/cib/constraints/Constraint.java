package org.paceline.cib.constraints;

import java.util.List;

/** A constraint between resources, or between a resource and nodes or tickets. */
public sealed interface Constraint permits Location, Colocation, Order, TicketConstraint {
    String id();

    /** Resource sets, when the constraint is written with them; empty otherwise. */
    List<ResourceSet> sets();

    /** Every resource (or tag) id this constraint names, in order. */
    List<String> resourceReferences();
}
