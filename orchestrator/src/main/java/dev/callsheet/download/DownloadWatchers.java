package dev.callsheet.download;

import dev.callsheet.download.report.DurationWords;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every watcher on its own thread from the application's start to its stop. Each poll schedules
 * the next after its own wait, so polls of one client never overlap, and a slow client delays no other.
 * Stopping interrupts whatever poll is under way; nothing is written for it.
 */
final class DownloadWatchers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DownloadWatchers.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final List<ClientWatcher> watchers;
    private final DownloadsProperties settings;
    private ScheduledExecutorService executor;
    private boolean running;

    DownloadWatchers(List<ClientWatcher> watchers, DownloadsProperties settings) {
        this.watchers = List.copyOf(watchers);
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (watchers.isEmpty()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        ScheduledExecutorService started = Executors.newScheduledThreadPool(watchers.size(), task -> {
            Thread thread = new Thread(task, "download-watcher-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (ClientWatcher watcher : watchers) {
            log.info(
                    "Watching {}: every {} while jobs are on their way, else every {}",
                    watcher.instance(),
                    DurationWords.of(settings.pollBusy()),
                    DurationWords.of(settings.pollIdle()));
            started.execute(() -> run(started, watcher));
        }
        executor = started;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A download watcher did not stop within {}", DurationWords.of(STOP_WAIT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    private void run(ScheduledExecutorService on, ClientWatcher watcher) {
        Duration next;
        try {
            next = watcher.poll();
        } catch (RuntimeException e) {
            // The watcher handles the client's and the broker's failures itself; this is a bug, and
            // the watcher goes on rather than dying with it.
            next = settings.backoffMax();
            log.error("Watching {} failed; trying again in {}", watcher.instance(), DurationWords.of(next), e);
        }
        try {
            on.schedule(() -> run(on, watcher), next.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // The application is stopping.
        }
    }
}
