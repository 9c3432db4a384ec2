package org.paceline.scheduler.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Node names in the order Pacemaker keeps them: numbers by value, letters without case. */
class NodeOrderTest {
    @Test
    void compare_numberedNames_ordersDigitsByValue() {
        assertTrue(NodeOrder.compare("node2", "node10") < 0);
        assertTrue(NodeOrder.compare("node10", "node9") > 0);
    }

    @Test
    void compare_namesDifferingInCase_ignoresCase() {
        assertTrue(NodeOrder.compare("Alpha", "beta") < 0);
        assertTrue(NodeOrder.compare("node1", "NODE1") == 0);
    }

    @Test
    void compare_prefix_comesFirst() {
        assertTrue(NodeOrder.compare("node", "node1") < 0);
    }
}
