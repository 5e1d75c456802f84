package dev.callsheet.plex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A clock and a scheduler that move only when the test says: {@link #advance} runs every task due
 * within the step, in order of due time, with the clock at each task's time.
 */
final class ManualTime extends Clock implements Scheduler {

    private record Task(Instant due, long order, Runnable work) {}

    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
    private Instant now;
    private long order;

    ManualTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void schedule(Duration delay, Runnable task) {
        tasks.add(new Task(now.plus(delay), order++, task));
    }

    /** Moves the clock on by {@code step}, running what falls due on the way. */
    void advance(Duration step) {
        Instant end;
        synchronized (this) {
            end = now.plus(step);
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().isAfter(end)) {
                    now = end;
                    return;
                }
                tasks.poll();
                now = next.due();
            }
            next.work().run();
        }
    }

    /** Runs what is due now. */
    void settle() {
        advance(Duration.ZERO);
    }

    /** How many tasks are due now and wait for {@link #settle}: those scheduled since the clock last moved. */
    synchronized long due() {
        return tasks.stream().filter(task -> !task.due().isAfter(now)).count();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
