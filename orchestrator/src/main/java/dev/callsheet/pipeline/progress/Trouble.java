package dev.callsheet.pipeline.progress;

import java.time.Instant;

/** Why the pipeline is not healthy. Each makes {@code /actuator/health} say {@code DOWN}. */
public sealed interface Trouble {

    /** The task it concerns, or null when it concerns no one task. */
    String task();

    /** One line for a log or an operator. */
    String summary();

    /** The same record failed the stream thread {@code failures} times: the pipeline cannot get past it. */
    record Stuck(String task, String partition, long offset, int failures, Instant since, String reason)
            implements Trouble {
        @Override
        public String summary() {
            return "task %s failed %d times on the record at %s offset %d since %s: %s"
                    .formatted(task, failures, partition, offset, since, reason);
        }
    }

    /** Stream threads keep dying, on different records or on none known. */
    record Restarting(String task, int failures, Instant since, String reason) implements Trouble {
        @Override
        public String summary() {
            return "stream threads failed %d times since %s, last on task %s: %s"
                    .formatted(failures, since, task, reason);
        }
    }

    /** Records wait and the task's committed offsets have not moved for at least the stall time. */
    record Stalled(String task, long lag, Instant since, Instant lastProgressAt) implements Trouble {
        @Override
        public String summary() {
            return "task %s has %d records waiting and has made no progress since %s".formatted(task, lag, since);
        }
    }
}
