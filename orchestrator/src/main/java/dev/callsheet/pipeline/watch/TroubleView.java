package dev.callsheet.pipeline.watch;

import dev.callsheet.pipeline.progress.Trouble;
import java.time.Instant;

/**
 * A {@link Trouble} as health and the API show it.
 *
 * @param kind {@code stuck}, {@code restarting} or {@code stalled}
 * @param offset the record a stuck task fails on; null for the other kinds
 * @param lag the records a stalled task has waiting; null for the other kinds
 * @param failures the stream thread failures counted; null for a stalled task
 * @param since the first of those failures, or when the records began to wait
 */
public record TroubleView(
        String kind,
        String task,
        String partition,
        Long offset,
        Long lag,
        Integer failures,
        Instant since,
        String reason,
        String summary) {

    static TroubleView of(Trouble trouble) {
        return switch (trouble) {
            case Trouble.Stuck stuck ->
                new TroubleView(
                        "stuck",
                        stuck.task(),
                        stuck.partition(),
                        stuck.offset(),
                        null,
                        stuck.failures(),
                        stuck.since(),
                        stuck.reason(),
                        stuck.summary());
            case Trouble.Restarting restarting ->
                new TroubleView(
                        "restarting",
                        restarting.task(),
                        null,
                        null,
                        null,
                        restarting.failures(),
                        restarting.since(),
                        restarting.reason(),
                        restarting.summary());
            case Trouble.Stalled stalled ->
                new TroubleView(
                        "stalled",
                        stalled.task(),
                        null,
                        null,
                        stalled.lag(),
                        null,
                        stalled.since(),
                        null,
                        stalled.summary());
        };
    }
}
