package dev.callsheet.plex;

import java.time.Duration;

/**
 * Runs a task after a delay. The confirmer waits only through this, never on a thread of its own, so
 * that a test can drive its time by hand.
 */
interface Scheduler {

    void schedule(Duration delay, Runnable task);
}
