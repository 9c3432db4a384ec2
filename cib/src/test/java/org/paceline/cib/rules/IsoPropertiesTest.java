package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IsoPropertiesTest {

    @Provide
    Arbitrary<String> dateLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("2005", "-", "W", "T", ":", "Z", "+", "/", "P", "Y", "M", "D", "H",
                "S", " ", "0", "1", "9", "12", "59", "99", ".", "24", "366", "53", "x");
        return Arbitraries.oneOf(Arbitraries.strings(),
                pieces.list().ofMaxSize(12).map(list -> String.join("", list)));
    }

    @Provide
    Arbitrary<IsoDateTime> dateTimes() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 9999)
                .flatMap(year -> Arbitraries.integers().between(1, LocalDate.of(year, 1, 1).lengthOfYear())
                        .map(day -> LocalDate.ofYearDay(year, day)));
        Arbitrary<LocalTime> times = Combinators.combine(Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
                        Arbitraries.of(0, 500_000_000, 123_456_789))
                .as(LocalTime::of);
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-18 * 60, 18 * 60)
                .map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
        return Combinators.combine(dates, times.injectNull(0.3), offsets.injectNull(0.3))
                .as((date, time, offset) -> new IsoDateTime(date, offset != null && time == null ? LocalTime.NOON : time,
                        offset));
    }

    @Provide
    Arbitrary<IsoDuration> durations() {
        Arbitrary<Integer> part = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(part, part, part, part, part, part, part).as(IsoDuration::new);
    }

    @Property
    void parse_anyText_neverThrows(@ForAll("dateLikeText") String text) {
        IsoDateTime.parse(text);
        IsoDuration.parse(text);
        IsoPeriod.parse(text);
        IntervalSpec.millis(text);
    }

    @Property
    void parse_ofFormattedDateTime_givesItBack(@ForAll("dateTimes") IsoDateTime dateTime) {
        assertEquals(dateTime, IsoDateTime.parse(dateTime.format()).orThrow());
    }

    @Property
    void parse_ofFormattedDuration_givesItBack(@ForAll("durations") IsoDuration duration) {
        assertEquals(duration, IsoDuration.parse(duration.format()).orThrow());
    }

    @Property
    void parse_ofFormattedPeriod_givesItBack(@ForAll("dateTimes") IsoDateTime start,
                                             @ForAll("durations") IsoDuration duration) {
        var period = new IsoPeriod(start, null, duration);
        assertEquals(period, IsoPeriod.parse(period.format()).orThrow());
    }
}
