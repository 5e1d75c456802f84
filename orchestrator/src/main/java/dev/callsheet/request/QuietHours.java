package dev.callsheet.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's quiet hours: while the wall clock in {@code zone} reads from {@code from} (included) to
 * {@code to} (excluded), notices to them are held, not dropped, and delivered when the hours end.
 * {@code from} after {@code to} spans midnight (22:00 to 07:00).
 *
 * <p>The hours follow the wall clock on days the clocks change: hours that span a skipped hour are
 * shorter, and an hour the clocks repeat is quiet both times when the hours cover it.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours from " + from + " to the same time are no hours");
        }
    }

    /** Whether {@code at} falls in the quiet hours. */
    public boolean covers(Instant at) {
        LocalTime time = LocalTime.ofInstant(at, zone);
        return spansMidnight() ? !time.isBefore(from) || time.isBefore(to) : !time.isBefore(from) && time.isBefore(to);
    }

    /** When the quiet hours that cover {@code at} end; empty when {@code at} is not in quiet hours. */
    public Optional<Instant> endAfter(Instant at) {
        if (!covers(at)) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = spansMidnight() && !local.toLocalTime().isBefore(from)
                ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        return Optional.of(firstInstantReading(LocalDateTime.of(day, to), at));
    }

    private boolean spansMidnight() {
        return from.isAfter(to);
    }

    /**
     * The first instant after {@code after} at which the wall clock reads {@code end} or later: in a
     * skipped hour, the instant the clocks jump; in a repeated hour, the reading that is still ahead.
     */
    private Instant firstInstantReading(LocalDateTime end, Instant after) {
        ZoneOffsetTransition change = zone.getRules().getTransition(end);
        if (change != null && change.isGap()) {
            return change.getInstant();
        }
        ZonedDateTime earlier = ZonedDateTime.of(end, zone);
        return earlier.toInstant().isAfter(after)
                ? earlier.toInstant()
                : earlier.withLaterOffsetAtOverlap().toInstant();
    }
}
