package dev.callsheet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Which day it is for air dates. Sonarr's air dates are days in the series' own calendar; an
 * episode counts as aired from the start of its day in UTC, which may be some hours early for a
 * late-evening American broadcast: until its file arrives it is searched for, which is true.
 */
final class Days {

    private Days() {}

    static LocalDate of(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
