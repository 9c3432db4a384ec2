package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    @Test
    void compare_partsAreNumbers() {
        assertTrue(VersionOrder.compare("1.10", "1.9") > 0);
        assertTrue(VersionOrder.compare("2.0.5", "2.0.10") < 0);
        assertEquals(0, VersionOrder.compare("1.0", "1"));
        assertEquals(0, VersionOrder.compare("1.02", "1.2"));
        assertTrue(VersionOrder.compare("3.2.0", "3.1.9.9") > 0);
        assertTrue(VersionOrder.compare("1.2rc1", "1.3") < 0);
        assertTrue(VersionOrder.compare("100000000000000000000", "99999999999999999999") > 0);
    }

    @Test
    void normalise_dropsZerosThatDoNotCount() {
        assertEquals("1.2", VersionOrder.normalise("01.2.0.0"));
        assertEquals("0", VersionOrder.normalise(""));
        assertEquals("0", VersionOrder.normalise("0.0"));
        assertEquals("1.0.2", VersionOrder.normalise("1..2"));
        assertEquals("3", VersionOrder.normalise("3beta"));
    }

    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(3),
                Arbitraries.of("0", "00", "1", "01", "10", "9", "2a", "x", ""));
        return Arbitraries.oneOf(part.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(".", parts)),
                Arbitraries.strings().ofMaxLength(8));
    }

    @Property
    void compare_isAntisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
        assertEquals(Integer.signum(VersionOrder.compare(a, b)), -Integer.signum(VersionOrder.compare(b, a)));
    }

    @Property
    void compare_isTransitive(@ForAll("versions") String a, @ForAll("versions") String b,
                              @ForAll("versions") String c) {
        if (VersionOrder.compare(a, b) <= 0 && VersionOrder.compare(b, c) <= 0) {
            assertTrue(VersionOrder.compare(a, c) <= 0);
        }
    }

    @Property
    void compare_equalExactlyWhenNormalisedEqual(@ForAll("versions") String a, @ForAll("versions") String b) {
        assertEquals(VersionOrder.compare(a, b) == 0, VersionOrder.normalise(a).equals(VersionOrder.normalise(b)));
    }

    @Property
    void compare_isReflexiveAndNormaliseKeepsThePlace(@ForAll("versions") String a) {
        assertEquals(0, VersionOrder.compare(a, a));
        assertEquals(0, VersionOrder.compare(a, VersionOrder.normalise(a)));
    }
}
