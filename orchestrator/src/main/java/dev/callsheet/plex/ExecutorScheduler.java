package dev.callsheet.plex;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The confirmers' threads: a few, shared by every Plex instance. Each task makes at most a few calls
 * to Plex, each bounded by the instance's timeout, and writes its facts; the jobs waiting between
 * looks hold no thread. Stopped with the application: the jobs are in memory and the decider asks
 * again after a restart.
 */
final class ExecutorScheduler implements Scheduler, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExecutorScheduler.class);

    private final ScheduledThreadPoolExecutor executor;

    ExecutorScheduler(int threads) {
        this.executor = new ScheduledThreadPoolExecutor(
                threads,
                Thread.ofPlatform().name("plex-confirm-", 0).daemon(true).factory());
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        if (executor.isShutdown()) {
            // Stopping: the jobs end with the application.
            return;
        }
        try {
            executor.schedule(
                    () -> {
                        try {
                            task.run();
                        } catch (RuntimeException e) {
                            // A task that throws would vanish silently in a scheduled executor.
                            log.error("Plex confirmation step failed", e);
                        }
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Plex confirmation stopped; a step is dropped");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
