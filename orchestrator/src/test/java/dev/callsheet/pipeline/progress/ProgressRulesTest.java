package dev.callsheet.pipeline.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {

    private static final Duration STALL_AFTER = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-01-10T12:00:00Z");
    private static final String TASK = "0_1";
    private static final String PARTITION = "callsheet.inbound-1";

    private Map<String, TaskProgress> tasks = Map.of();

    private void sample(Instant at, long committed, long end, long lag) {
        tasks = ProgressRules.evolve(
                tasks, Map.of(TASK, List.of(new PartitionOffsets(PARTITION, committed, end, lag))), at);
    }

    private List<Trouble> judge(Instant at, RecordFailure... failures) {
        return ProgressRules.judge(tasks, List.of(failures), at, STALL_AFTER);
    }

    private static RecordFailure failure(Instant at, Long offset) {
        return new RecordFailure(
                at, TASK, offset == null ? null : PARTITION, offset, "ProcessorStateException: disk full");
    }

    @Nested
    class WithRecordsWaiting {

        @Test
        void isHealthyWhileCaughtUp() {
            sample(T0, 42, 42, 0);
            sample(T0.plus(Duration.ofHours(2)), 42, 42, 0);

            assertThat(judge(T0.plus(Duration.ofHours(2)))).isEmpty();
            assertThat(tasks.get(TASK).waitingSince()).isNull();
        }

        @Test
        void isHealthyWhileTheCommittedOffsetMoves() {
            for (int minute = 0; minute <= 20; minute++) {
                sample(T0.plus(Duration.ofMinutes(minute)), 100 + minute, 1000, 900 - minute);
            }

            assertThat(judge(T0.plus(Duration.ofMinutes(20)))).isEmpty();
            assertThat(tasks.get(TASK).lastProgressAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
        }

        @Test
        void stallsWhenRecordsWaitWithoutProgressForTheStallTime() {
            sample(T0, 42, 45, 3);
            sample(T0.plus(Duration.ofMinutes(4)), 42, 45, 3);
            assertThat(judge(T0.plus(Duration.ofMinutes(4)))).isEmpty();

            sample(T0.plus(STALL_AFTER), 42, 46, 4);

            assertThat(judge(T0.plus(STALL_AFTER))).containsExactly(new Trouble.Stalled(TASK, 4, T0, null));
        }

        @Test
        void startsTheStallClockWhenRecordsBeginToWaitNotAtTheLastProgress() {
            sample(T0, 41, 42, 1);
            sample(T0.plusSeconds(10), 42, 42, 0);
            var later = T0.plus(Duration.ofHours(3));

            sample(later, 42, 43, 1);

            assertThat(judge(later.plus(Duration.ofMinutes(1)))).isEmpty();
            assertThat(tasks.get(TASK).waitingSince()).isEqualTo(later);
            assertThat(tasks.get(TASK).lastProgressAt()).isEqualTo(T0.plusSeconds(10));
        }

        @Test
        void countsATransactionMarkerAloneAsNothingWaiting() {
            sample(T0, 42, 43, 0);

            assertThat(judge(T0.plus(Duration.ofHours(1)))).isEmpty();
        }
    }

    @Nested
    class WithThreadFailures {

        @Test
        void isStuckWhenTheSameRecordFailsThreeTimesWithinTheWindow() {
            sample(T0, 42, 43, 1);
            var first = failure(T0, 42L);
            var second = failure(T0.plusSeconds(20), 42L);
            var third = failure(T0.plusSeconds(40), 42L);

            assertThat(judge(T0.plusSeconds(41), first, second))
                    .as("twice may be bad luck")
                    .isEmpty();
            assertThat(judge(T0.plusSeconds(41), first, second, third))
                    .containsExactly(
                            new Trouble.Stuck(TASK, PARTITION, 42, 3, T0, "ProcessorStateException: disk full"));
        }

        @Test
        void forgetsFailuresOlderThanTheWindow() {
            sample(T0, 42, 42, 0);

            assertThat(judge(
                            T0.plus(STALL_AFTER).plusSeconds(30),
                            failure(T0, 42L),
                            failure(T0.plusSeconds(20), 42L),
                            failure(T0.plus(STALL_AFTER).plusSeconds(25), 42L)))
                    .isEmpty();
        }

        @Test
        void isNoLongerStuckOnceTheRecordIsPassed() {
            sample(T0, 43, 43, 0);

            assertThat(judge(
                            T0.plusSeconds(60),
                            failure(T0, 42L),
                            failure(T0.plusSeconds(20), 42L),
                            failure(T0.plusSeconds(40), 42L)))
                    .isEmpty();
        }

        @Test
        void doesNotTakeFailuresOnDifferentRecordsForOneStuckRecord() {
            sample(T0, 40, 43, 3);

            assertThat(judge(
                            T0.plusSeconds(60),
                            failure(T0, 40L),
                            failure(T0.plusSeconds(20), 41L),
                            failure(T0.plusSeconds(40), 42L)))
                    .isEmpty();
        }

        @Test
        void isRestartingWhenThreadsKeepDyingOnNoKnownRecord() {
            sample(T0, 42, 42, 0);
            var failures = new RecordFailure[5];
            for (int i = 0; i < failures.length; i++) {
                failures[i] = failure(T0.plusSeconds(30L * i), null);
            }

            assertThat(judge(T0.plusSeconds(150), failures))
                    .containsExactly(new Trouble.Restarting(TASK, 5, T0, "ProcessorStateException: disk full"));
        }
    }
}
