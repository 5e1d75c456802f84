package dev.callsheet.notification;

import dev.callsheet.adapters.notify.Notice;
import dev.callsheet.events.command.SendNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Takes notices in and hands each to its channel's {@link ChannelWorker}. Taking in only writes the
 * delivery log and queues: nothing is sent on the caller's thread (the command listener's), so a
 * record is acknowledged as soon as its notice is durable.
 */
final class Deliveries implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration FORGET_EVERY = Duration.ofHours(6);

    private final DeliveryLog deliveryLog;
    private final DeliveryReports reports;
    private final Clock clock;
    private final Duration keep;
    private final ScheduledExecutorService forgetting = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("notification-log-forgetting").factory());
    private final Map<String, ChannelWorker> workers = new TreeMap<>();
    private final CountDownLatch resumed = new CountDownLatch(1);
    private volatile boolean running;
    private volatile Thread resuming;

    Deliveries(
            NoticeChannels channels,
            Function<SendNotification, Notice> templates,
            DeliveryProperties delivery,
            DeliveryLog deliveryLog,
            DeliveryReports reports,
            Clock clock) {
        this.deliveryLog = deliveryLog;
        this.reports = reports;
        this.clock = clock;
        this.keep = delivery.keep();
        channels.all()
                .forEach((name, channel) -> workers.put(
                        name, new ChannelWorker(name, channel, templates, delivery, deliveryLog, reports, clock)));
    }

    /**
     * Reads the delivery log back and queues again what had not ended, at its next try. Before the
     * first {@link #take}.
     */
    void resume() {
        deliveryLog.load();
        var unfinished = deliveryLog.newestFirst().stream()
                .filter(entry -> !entry.ended())
                .toList();
        unfinished.reversed().forEach(this::dispatch);
        if (!unfinished.isEmpty()) {
            log.info("Resumed {} notifications the delivery log had not seen end", unfinished.size());
        }
        if (resumed.getCount() > 0) {
            resumed.countDown();
            forgetting.scheduleWithFixedDelay(this::forgetOld, 0, FORGET_EVERY.toMinutes(), TimeUnit.MINUTES);
        }
    }

    /** Forgets the notices that ended longer than {@code keep} ago. */
    void forgetOld() {
        try {
            int forgotten = deliveryLog.forgetEndedBefore(clock.instant().minus(keep));
            if (forgotten > 0) {
                log.info("Forgot {} notifications that ended more than {} ago", forgotten, keep);
            }
        } catch (RuntimeException e) {
            log.warn("Could not forget old notifications this time: {}", e.getMessage());
        }
    }

    /**
     * Takes {@code command} in, unless the log knows its id already (a redelivered or replayed command:
     * delivered, given up or queued, it is not sent again). Returns once the log has it. Synchronized:
     * the listener's containers for {@code commands} and its retry topics may hand in the same id at once.
     */
    synchronized void take(SendNotification command, DeliveryEntry.CommandOrigin origin) {
        awaitResumed();
        if (deliveryLog.get(command.id()).isPresent()) {
            log.debug("Notification {} is in the delivery log already; skipped", command.id());
            return;
        }
        var queued = DeliveryEntry.queued(command, clock.instant(), origin);
        deliveryLog.record(queued);
        dispatch(queued);
    }

    private void dispatch(DeliveryEntry entry) {
        var worker = workers.get(entry.command().channel());
        if (worker != null) {
            worker.enqueue(entry);
            return;
        }
        String reason = "no channel named " + entry.command().channel() + " is configured";
        Instant now = clock.instant();
        var over = entry.after(
                new DeliveryEntry.Attempt(entry.nextAttempt(), now, DeliveryEntry.Status.GIVEN_UP, reason),
                false,
                null);
        log.warn("Notification {}: given up: {}", entry.id(), reason);
        deliveryLog.record(over);
        reports.attempted(over);
        reports.givenUp(over, reason);
    }

    /**
     * Resumes in the background, retrying until the broker answers, so that Callsheet starts (and takes
     * webhooks) while the broker is away; {@link #take} waits until the log has been read, so no command
     * is taken in before.
     */
    @Override
    public void start() {
        running = true;
        resuming = Thread.ofVirtual().name("notification-log-reader").start(this::resumeUntilRead);
    }

    @Override
    public void stop() {
        running = false;
        Thread reader = resuming;
        if (reader != null) {
            reader.interrupt();
        }
        forgetting.shutdownNow();
        workers.values().forEach(ChannelWorker::close);
    }

    private void resumeUntilRead() {
        Duration wait = Duration.ofSeconds(1);
        while (running) {
            try {
                resume();
                return;
            } catch (RuntimeException e) {
                log.warn(
                        "The delivery log could not be read yet ({}); trying again in {} s",
                        e.getMessage(),
                        wait.toSeconds());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private void awaitResumed() {
        try {
            resumed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped before the delivery log was read", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
    }
}
