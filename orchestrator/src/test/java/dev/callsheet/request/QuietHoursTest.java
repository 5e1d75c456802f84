package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quiet hours on the wall clock of their zone, across midnight and on the days the clocks change. */
class QuietHoursTest {

    @ParameterizedTest(name = "{0}–{1} {2} at {3}: quiet until {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # from,  to,    zone,             at,                     quiet until (- for not quiet)
            22:00,   07:00, Europe/London,    2026-01-15T21:59:59Z,   -
            22:00,   07:00, Europe/London,    2026-01-15T22:00:00Z,   2026-01-16T07:00:00Z
            22:00,   07:00, Europe/London,    2026-01-16T03:00:00Z,   2026-01-16T07:00:00Z
            22:00,   07:00, Europe/London,    2026-01-16T06:59:59Z,   2026-01-16T07:00:00Z
            22:00,   07:00, Europe/London,    2026-01-16T07:00:00Z,   -
            22:00,   07:00, Europe/London,    2026-01-16T12:00:00Z,   -
            # summer time: the wall clock is an hour ahead of UTC
            22:00,   07:00, Europe/London,    2026-07-15T21:30:00Z,   2026-07-16T06:00:00Z
            22:00,   07:00, Europe/London,    2026-07-15T20:59:59Z,   -
            # hours within a day
            09:00,   17:00, UTC,              2026-01-15T12:00:00Z,   2026-01-15T17:00:00Z
            09:00,   17:00, UTC,              2026-01-15T08:59:59Z,   -
            09:00,   17:00, UTC,              2026-01-15T17:00:00Z,   -
            # another zone: 22:00 in New York is 03:00 UTC the next day
            22:00,   07:00, America/New_York, 2026-01-16T03:00:00Z,   2026-01-16T12:00:00Z
            22:00,   07:00, America/New_York, 2026-01-16T02:59:59Z,   -
            # clocks go forward in London on 2026-03-29 at 01:00 UTC (01:00 GMT becomes 02:00 BST)
            22:00,   07:00, Europe/London,    2026-03-28T22:00:00Z,   2026-03-29T06:00:00Z
            22:00,   07:00, Europe/London,    2026-03-29T05:30:00Z,   2026-03-29T06:00:00Z
            22:00,   07:00, Europe/London,    2026-03-29T06:00:00Z,   -
            # … an end in the skipped hour comes when the clocks jump past it
            22:00,   01:30, Europe/London,    2026-03-29T00:45:00Z,   2026-03-29T01:00:00Z
            22:00,   01:30, Europe/London,    2026-03-29T01:00:00Z,   -
            # clocks go back in London on 2026-10-25 at 01:00 UTC (02:00 BST becomes 01:00 GMT)
            22:00,   07:00, Europe/London,    2026-10-24T21:00:00Z,   2026-10-25T07:00:00Z
            22:00,   07:00, Europe/London,    2026-10-25T06:59:59Z,   2026-10-25T07:00:00Z
            # … an end in the repeated hour: the hour is quiet each time the wall clock reads it
            23:00,   01:30, Europe/London,    2026-10-25T00:15:00Z,   2026-10-25T00:30:00Z
            23:00,   01:30, Europe/London,    2026-10-25T00:45:00Z,   -
            23:00,   01:30, Europe/London,    2026-10-25T01:15:00Z,   2026-10-25T01:30:00Z
            23:00,   01:30, Europe/London,    2026-10-25T01:30:00Z,   -
            """)
    void holdsNoticesUntilTheHoursEnd(String from, String to, String zone, String at, String until) {
        var quiet = new QuietHours(LocalTime.parse(from), LocalTime.parse(to), ZoneId.of(zone));
        Instant instant = Instant.parse(at);

        assertThat(quiet.covers(instant)).isEqualTo(until != null);
        assertThat(quiet.endAfter(instant)).isEqualTo(Optional.ofNullable(until).map(Instant::parse));
    }

    @ParameterizedTest
    @CsvSource({"22:00", "00:00"})
    void refusesHoursThatEndWhenTheyStart(String time) {
        assertThatThrownBy(() -> new QuietHours(LocalTime.parse(time), LocalTime.parse(time), ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
