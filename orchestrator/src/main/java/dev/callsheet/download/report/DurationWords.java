package dev.callsheet.download.report;

import java.time.Duration;

/** Durations as the timeline and the logs say them: {@code 15 min}, {@code 40 s}, {@code 2 h}. */
public final class DurationWords {

    private DurationWords() {}

    public static String of(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.isZero()) {
            return duration.toMillis() + " ms";
        }
        if (duration.toSecondsPart() != 0) {
            return duration.toSeconds() + " s";
        }
        return duration.toMinutesPart() != 0 ? duration.toMinutes() + " min" : duration.toHours() + " h";
    }
}
