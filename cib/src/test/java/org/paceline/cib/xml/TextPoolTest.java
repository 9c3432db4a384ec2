package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The pool gives the very piece of text asked for, once per distinct piece while it has room. */
class TextPoolTest {

    @Property
    void of_anyPiece_isThatSubstring(@ForAll @StringLength(max = 60) String text, @ForAll @IntRange(max = 60) int from,
                                     @ForAll @IntRange(max = 60) int length) {
        int start = Math.min(from, text.length());
        int end = Math.min(text.length(), start + length);
        var pool = new TextPool();

        assertEquals(text.substring(start, end), pool.of(text, start, end));
        assertEquals(text.substring(start, end), pool.of(text, start, end));
    }

    @Test
    void of_theSamePieceAtTwoPlaces_isOneString() {
        var pool = new TextPool();
        String text = "<lrm_rsc_op operation=\"monitor\"/><lrm_rsc_op operation=\"monitor\"/>";
        int first = text.indexOf("monitor");
        int second = text.indexOf("monitor", first + 1);

        assertSame(pool.of(text, first, first + 7), pool.of(text, second, second + 7));
    }

    @Test
    void of_moreDistinctPiecesThanThePoolHolds_staysCorrect() {
        var pool = new TextPool();
        for (int i = 0; i < 40_000; i++) {
            String text = "value-" + i;
            assertEquals(text, pool.of(text, 0, text.length()));
        }
        assertEquals("value-7", pool.of("x value-7 y", 2, 9));
    }
}
