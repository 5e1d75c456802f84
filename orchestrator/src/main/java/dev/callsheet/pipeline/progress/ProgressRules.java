package dev.callsheet.pipeline.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether the pipeline gets on with its work. A task that has records waiting must commit further
 * within the stall time; a record must not fail the stream thread again and again; stream threads
 * must not keep dying. The stall time is also the window in which failures count: a few minutes,
 * long enough for a thread to be replaced and a broker to come back, short enough for an operator.
 */
public final class ProgressRules {

    /** Failures of one record within the window that mean the pipeline cannot get past it. */
    public static final int STUCK_AFTER = 3;

    /** Stream thread failures within the window, on any records, that mean it keeps restarting. */
    public static final int RESTARTING_AFTER = 5;

    private ProgressRules() {}

    /** What to remember of each task once {@code sampled} has been seen at {@code now}. */
    public static Map<String, TaskProgress> evolve(
            Map<String, TaskProgress> known, Map<String, List<PartitionOffsets>> sampled, Instant now) {
        Map<String, TaskProgress> next = new TreeMap<>();
        sampled.forEach((task, partitions) -> next.put(task, evolve(known.get(task), task, partitions, now)));
        return next;
    }

    private static TaskProgress evolve(
            TaskProgress before, String task, List<PartitionOffsets> partitions, Instant now) {
        boolean advanced = before != null && partitions.stream().anyMatch(partition -> advanced(before, partition));
        Instant lastProgressAt = advanced ? now : before == null ? null : before.lastProgressAt();
        long lag = partitions.stream().mapToLong(PartitionOffsets::lag).sum();
        Instant waitingSince;
        if (lag == 0) {
            waitingSince = null;
        } else if (advanced || before == null || before.waitingSince() == null) {
            // The stall clock starts when work is first seen waiting, not at the last progress: a task
            // idle for hours that gets a record has not been stalled for hours.
            waitingSince = now;
        } else {
            waitingSince = before.waitingSince();
        }
        return new TaskProgress(task, partitions, lastProgressAt, waitingSince);
    }

    private static boolean advanced(TaskProgress before, PartitionOffsets now) {
        return before.partitions().stream()
                .anyMatch(then -> then.partition().equals(now.partition()) && now.committed() > then.committed());
    }

    /** What is wrong at {@code now}, worst first; empty when the pipeline is healthy. */
    public static List<Trouble> judge(
            Map<String, TaskProgress> tasks, List<RecordFailure> threadFailures, Instant now, Duration window) {
        Instant windowStart = now.minus(window);
        List<RecordFailure> recent = threadFailures.stream()
                .filter(failure -> !failure.at().isBefore(windowStart))
                .sorted(Comparator.comparing(RecordFailure::at).reversed())
                .toList();
        List<Trouble> troubles = new ArrayList<>(stuck(tasks, recent));
        if (troubles.isEmpty() && recent.size() >= RESTARTING_AFTER) {
            var latest = recent.getFirst();
            troubles.add(new Trouble.Restarting(
                    latest.task(), recent.size(), recent.getLast().at(), latest.reason()));
        }
        tasks.values().stream()
                .filter(task -> task.waitingSince() != null
                        && !now.isBefore(task.waitingSince().plus(window)))
                .map(task -> new Trouble.Stalled(task.task(), task.lag(), task.waitingSince(), task.lastProgressAt()))
                .forEach(troubles::add);
        return List.copyOf(troubles);
    }

    /** One {@link Trouble.Stuck} per record that failed often enough and has not been passed since. */
    private static List<Trouble> stuck(Map<String, TaskProgress> tasks, List<RecordFailure> newestFirst) {
        List<Trouble> stuck = new ArrayList<>();
        List<RecordFailure> seen = new ArrayList<>();
        for (RecordFailure latest : newestFirst) {
            if (latest.offset() == null || seen.stream().anyMatch(latest::sameRecordAs)) {
                continue;
            }
            seen.add(latest);
            List<RecordFailure> same =
                    newestFirst.stream().filter(latest::sameRecordAs).toList();
            var task = tasks.get(latest.task());
            boolean passed = task != null && task.passed(latest.partition(), latest.offset());
            if (same.size() >= STUCK_AFTER && !passed) {
                stuck.add(new Trouble.Stuck(
                        latest.task(),
                        latest.partition(),
                        latest.offset(),
                        same.size(),
                        same.getLast().at(),
                        latest.reason()));
            }
        }
        return stuck;
    }
}
