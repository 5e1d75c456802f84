package dev.callsheet.request;

import java.time.Duration;
import java.util.Objects;

/**
 * When to ask Sonarr again for a series' episode list while a request is handed over, as the
 * decider's input: built from {@code callsheet.pipeline.relist-every} and {@code
 * relist-after-giving-up}, never read by the core itself. Both are counted from a moment the item
 * keeps, so they hold however often the clock ticks.
 *
 * @param every how long after the last ask to ask again
 * @param afterGivingUp how long after an ask was given up to ask again, sooner than {@code every}: an
 *     upgrade or a corrected key may have mended it, while asking at every tick would only repeat
 *     the same failure on the timeline
 */
public record Relisting(Duration every, Duration afterGivingUp) {

    public Relisting {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(afterGivingUp, "afterGivingUp");
    }
}
