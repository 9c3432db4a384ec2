package org.paceline.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Attributes answer as the ordered map they were made from: lookups, order, equality. */
class AttrsTest {

    @Property
    void attrs_anyAttributes_answerAsTheirMap(@ForAll @Size(max = 20) Map<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String,
            @StringLength(max = 8) String> values, @ForAll @AlphaChars @StringLength(min = 1, max = 6) String probe) {
        var map = new LinkedHashMap<>(values);
        Attrs attrs = Attrs.of(map);

        assertEquals(List.copyOf(map.keySet()), List.copyOf(attrs.names()));
        assertEquals(map, attrs.asMap());
        assertEquals(map.size(), attrs.size());
        assertEquals(map.get(probe), attrs.getOrNull(probe));
        assertEquals(map.containsKey(probe), attrs.has(probe));
        assertEquals(map.hashCode(), attrs.hashCode());
        var seen = new LinkedHashMap<String, String>();
        attrs.forEach(seen::put);
        assertEquals(map, seen);
    }

    @Property
    void equals_sameAttributesInAnotherOrder_isEqual(@ForAll @Size(max = 12) Map<@AlphaChars @StringLength(min = 1, max = 5) String,
            @StringLength(max = 5) String> values) {
        var names = new ArrayList<>(values.keySet());
        Collections.reverse(names);
        var reversed = new LinkedHashMap<String, String>();
        names.forEach(name -> reversed.put(name, values.get(name)));

        assertEquals(Attrs.of(values), Attrs.of(reversed));
        assertEquals(Attrs.of(values).hashCode(), Attrs.of(reversed).hashCode());
    }

    @Test
    void ofDistinctPairs_firstPairsOfABuffer_areTheAttributesInThatOrder() {
        String[] buffer = {"id", "op1", "operation", "start", "left", "over"};

        Attrs attrs = Attrs.ofDistinctPairs(buffer, 2);
        buffer[1] = "changed";

        assertEquals(List.of("id", "operation"), List.copyOf(attrs.names()));
        assertEquals("op1", attrs.getOrNull("id"));
        assertEquals(null, attrs.getOrNull("left"));
        assertEquals(Attrs.of("operation", "start", "id", "op1"), attrs);
    }

    @Test
    void equals_aValueDiffers_isNotEqual() {
        assertNotEquals(Attrs.of("id", "a", "class", "ocf"), Attrs.of("id", "a", "class", "lsb"));
        assertNotEquals(Attrs.of("id", "a"), Attrs.of("id", "a", "class", "ocf"));
    }

    @Test
    void withAndWithout_changeOneAttribute_keepTheOthersInOrder() {
        Attrs attrs = Attrs.of("id", "a", "class", "ocf", "type", "Dummy");

        assertEquals(List.of("id", "class", "type", "provider"), List.copyOf(attrs.with("provider", "heartbeat").names()));
        assertEquals(List.of("id", "type"), List.copyOf(attrs.without("class").names()));
        assertEquals("lsb", attrs.with("class", "lsb").getOrNull("class"));
    }
}
