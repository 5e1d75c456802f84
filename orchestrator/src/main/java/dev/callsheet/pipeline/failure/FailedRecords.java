package dev.callsheet.pipeline.failure;

import dev.callsheet.pipeline.progress.RecordFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the failure handlers and the uncaught exception handler did since this instance started: how
 * many records were dead-lettered or skipped, each task's last error, and the recent stream thread
 * failures the watch judges. Called from the stream threads, read from the watch and the API.
 */
public final class FailedRecords {

    /** Enough for the watch's window: a thread cannot fail more than a few times a minute. */
    private static final int REMEMBERED = 100;

    /** A thread dies right after its handler asked to fail; an older note is about something else. */
    private static final Duration NOTE_VALID = Duration.ofMinutes(1);

    /** Which handler dealt with a record. */
    enum Handling {
        PROCESSING,
        PRODUCTION
    }

    private final Clock clock;
    private final Map<Handling, LongAdder> deadLettered = Map.of(
            Handling.PROCESSING, new LongAdder(),
            Handling.PRODUCTION, new LongAdder());
    private final LongAdder skipped = new LongAdder();
    private final LongAdder threadFailures = new LongAdder();
    private final Map<String, RecordFailure> lastErrors = new ConcurrentHashMap<>();
    private final Map<String, RecordFailure> retried = new ConcurrentHashMap<>();
    private final Deque<RecordFailure> recentThreadFailures = new ArrayDeque<>();

    public FailedRecords(Clock clock) {
        this.clock = clock;
    }

    void deadLettered(Handling handling, FailedAt at, String reason) {
        deadLettered.get(handling).increment();
        note(at, reason);
    }

    void skipped(FailedAt at, String reason) {
        skipped.increment();
        note(at, reason);
    }

    /** A failure that leaves no record behind (a punctuation's): only the task's last error. */
    void noted(FailedAt at, String reason) {
        note(at, reason);
    }

    /** A record is retried (the handler asked Streams to fail or retry): the next thread failure is about it. */
    void retried(FailedAt at, String reason) {
        var failure = note(at, reason);
        if (at.task() != null) {
            retried.put(at.task(), failure);
        }
    }

    /** A stream thread died on {@code task} (null when unknown); the record a handler retried there, if any. */
    RecordFailure threadFailed(String task, String reason) {
        var now = clock.instant();
        var retriedThere = task == null ? null : retried.remove(task);
        var failure = retriedThere != null && retriedThere.at().isAfter(now.minus(NOTE_VALID))
                ? new RecordFailure(now, task, retriedThere.partition(), retriedThere.offset(), retriedThere.reason())
                : new RecordFailure(now, task, null, null, reason);
        threadFailures.increment();
        if (task != null) {
            lastErrors.put(task, failure);
        }
        synchronized (recentThreadFailures) {
            recentThreadFailures.addLast(failure);
            if (recentThreadFailures.size() > REMEMBERED) {
                recentThreadFailures.removeFirst();
            }
        }
        return failure;
    }

    private RecordFailure note(FailedAt at, String reason) {
        var failure = at.failure(clock.instant(), reason);
        if (at.task() != null) {
            lastErrors.put(at.task(), failure);
        }
        return failure;
    }

    public List<RecordFailure> recentThreadFailures() {
        synchronized (recentThreadFailures) {
            return List.copyOf(recentThreadFailures);
        }
    }

    /** Each task's last error, by task id. */
    public Map<String, RecordFailure> lastErrors() {
        return Map.copyOf(lastErrors);
    }

    public Counts counts() {
        return new Counts(
                deadLettered.get(Handling.PROCESSING).sum(),
                deadLettered.get(Handling.PRODUCTION).sum(),
                skipped.sum(),
                threadFailures.sum());
    }

    /**
     * @param deadLetteredWhileProcessing records whose processing threw, dead-lettered
     * @param deadLetteredWhileProducing records that could not be written, dead-lettered
     * @param skipped dead letters that could not be written themselves: skipped, with at most a
     *     minimal dead letter by reference
     * @param threadFailures stream threads that died and were replaced
     */
    public record Counts(
            long deadLetteredWhileProcessing, long deadLetteredWhileProducing, long skipped, long threadFailures) {}
}
