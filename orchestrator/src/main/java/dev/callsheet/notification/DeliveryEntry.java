package dev.callsheet.notification;

import dev.callsheet.events.command.SendNotification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One notice in the delivery log: the command that asked for it, where it stands, and every attempt.
 *
 * @param status where it stands
 * @param attempts in order, the first first
 * @param mayBeDoubled an attempt went out without an answer on a channel that does not dedupe: the
 *     recipient may have it twice
 * @param nextTry when it is tried (again); null once it ended
 * @param queuedAt when the command was taken in
 * @param origin where the command was read, for the dead-letter topic's headers when it is given up
 */
record DeliveryEntry(
        SendNotification command,
        Status status,
        List<Attempt> attempts,
        boolean mayBeDoubled,
        Instant nextTry,
        Instant queuedAt,
        CommandOrigin origin) {

    /** Where a notice stands. */
    enum Status {
        /** Taken in, not tried yet. */
        QUEUED,
        /** Tried, failed in a way that may pass, waiting for its next try. */
        RETRYING,
        /** The channel accepted it. */
        DELIVERED,
        /** Not tried again: refused for good, asked to wait too long, or out of attempts. */
        GIVEN_UP;

        boolean ended() {
            return this == DELIVERED || this == GIVEN_UP;
        }
    }

    /**
     * One attempt.
     *
     * @param outcome {@code DELIVERED}, {@code RETRYING} or {@code GIVEN_UP}
     * @param detail the channel's receipt when delivered, the reason when not; null when none
     */
    record Attempt(int number, Instant at, Status outcome, String detail) {}

    /** The coordinates of the command's record; null partition and offset for one not read from a topic. */
    record CommandOrigin(String topic, Integer partition, Long offset) {}

    DeliveryEntry {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(status, "status");
        attempts = List.copyOf(Objects.requireNonNullElse(attempts, List.of()));
    }

    static DeliveryEntry queued(SendNotification command, Instant now, CommandOrigin origin) {
        return new DeliveryEntry(command, Status.QUEUED, List.of(), false, now, now, origin);
    }

    String id() {
        return command.id();
    }

    boolean ended() {
        return status.ended();
    }

    /** This entry after one more attempt that ended in {@code outcome}. */
    DeliveryEntry after(Attempt attempt, boolean doubled, Instant next) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        return new DeliveryEntry(command, attempt.outcome(), all, mayBeDoubled || doubled, next, queuedAt, origin);
    }

    /** The number the next attempt gets. */
    int nextAttempt() {
        return attempts.size() + 1;
    }
}
