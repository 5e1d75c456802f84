package dev.callsheet.plex.arr;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Runs the checks on a thread of their own once the application is ready, then every {@link #EVERY}:
 * an arr that is slow or down delays neither the start nor anything else. An arr's connections change
 * when its admin edits them, so an hour is soon enough to notice and rare enough to go unseen in its
 * logs.
 */
final class ArrPlexCheckSchedule implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    static final Duration EVERY = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(ArrPlexCheckSchedule.class);

    private final ArrPlexChecks checks;
    private final Duration every;
    private ScheduledExecutorService executor;

    ArrPlexCheckSchedule(ArrPlexChecks checks, Duration every) {
        this.checks = checks;
        this.every = every;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (executor != null || !checks.anyToAsk()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("arr-plex-check").daemon(true).factory());
        executor.scheduleWithFixedDelay(this::checkAll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkAll() {
        try {
            checks.checkAll();
        } catch (RuntimeException e) {
            // A task that throws is never run again by a scheduled executor; the next round should be.
            log.error("Checking whether the arrs scan Plex themselves failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
