package dev.callsheet.notification;

import dev.callsheet.adapters.notify.DeliveryFailure;
import dev.callsheet.adapters.notify.Notice;
import dev.callsheet.adapters.notify.NoticeChannel;
import dev.callsheet.adapters.notify.Pace;
import dev.callsheet.adapters.notify.Sent;
import dev.callsheet.events.command.SendNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the notices of one channel instance, one at a time on a thread of its own, keeping the
 * channel's {@link Pace} and its retries: a channel that is slow, or asks to wait, delays only its own
 * notices. A notice that waits for its retry does not hold up the ones behind it, but a channel's
 * "slow down" holds up all of that channel's.
 */
final class ChannelWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChannelWorker.class);

    /** Beyond the channel's own timeout: a channel that never answers must not stop its worker. */
    private static final Duration SEND_GRACE = Duration.ofSeconds(5);

    private final String name;
    private final NoticeChannel channel;
    private final Function<SendNotification, Notice> templates;
    private final DeliveryProperties delivery;
    private final DeliveryLog deliveryLog;
    private final DeliveryReports reports;
    private final Clock clock;
    private final ScheduledExecutorService thread;

    /** When the last sends within the pace's window went out, oldest first; only the worker's thread reads it. */
    private final Deque<Instant> recentSends = new ArrayDeque<>();

    /** Until when the channel asked not to be sent to; only the worker's thread reads it. */
    private Instant pausedUntil = Instant.MIN;

    ChannelWorker(
            String name,
            NoticeChannel channel,
            Function<SendNotification, Notice> templates,
            DeliveryProperties delivery,
            DeliveryLog deliveryLog,
            DeliveryReports reports,
            Clock clock) {
        this.name = name;
        this.channel = channel;
        this.templates = templates;
        this.delivery = delivery;
        this.deliveryLog = deliveryLog;
        this.reports = reports;
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("notify-" + name).daemon().factory());
    }

    /** Queues the entry's next attempt for its {@code nextTry}, or now when that has passed. */
    void enqueue(DeliveryEntry entry) {
        long delay = entry.nextTry() == null
                ? 0
                : Math.max(0, Duration.between(clock.instant(), entry.nextTry()).toMillis());
        thread.schedule(() -> attempt(entry.id()), delay, TimeUnit.MILLISECONDS);
    }

    private void attempt(String id) {
        try {
            var entry = deliveryLog.get(id).orElse(null);
            if (entry == null || entry.ended()) {
                return;
            }
            Notice notice;
            try {
                notice = templates.apply(entry.command());
            } catch (RuntimeException e) {
                failed(entry, DeliveryFailure.permanent("the notice could not be rendered: " + e.getMessage()));
                return;
            }
            keepPace();
            recentSends.addLast(clock.instant());
            Sent sent;
            try {
                sent = send(notice);
            } catch (DeliveryFailure failure) {
                failed(entry, failure);
                return;
            }
            delivered(entry, sent == null ? null : sent.receipt());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Notification {} on channel {}: the attempt could not be finished", id, name, e);
        }
    }

    private Sent send(Notice notice) {
        try {
            return channel.send(notice).block(delivery.timeout().plus(SEND_GRACE));
        } catch (DeliveryFailure failure) {
            throw failure;
        } catch (RuntimeException unexpected) {
            // Not the channel's contract (the block timed out, a bug): whether it went out is unknown. The
            // exception's message is left out: a transport's holds the URL, thus maybe a token.
            throw new DeliveryFailure(
                    DeliveryFailure.Kind.UNKNOWN_OUTCOME,
                    "no answer from channel " + name + " ("
                            + unexpected.getClass().getSimpleName() + ")",
                    null,
                    null);
        }
    }

    private void failed(DeliveryEntry entry, DeliveryFailure failure) {
        Instant now = clock.instant();
        int number = entry.nextAttempt();
        boolean doubled = failure.kind() == DeliveryFailure.Kind.UNKNOWN_OUTCOME && !channel.dedupes();
        String reason = failure.getMessage() + (doubled ? " (the notice may have gone out: may be doubled)" : "");
        if (failure.kind() == DeliveryFailure.Kind.PERMANENT) {
            givenUp(entry, number, now, doubled, reason);
            return;
        }
        if (number >= delivery.maxAttempts()) {
            givenUp(entry, number, now, doubled, reason + "; no attempts left (" + number + " made)");
            return;
        }
        var asked = failure.retryAfter();
        if (asked.isPresent() && asked.get().compareTo(delivery.maxWait()) > 0) {
            givenUp(
                    entry,
                    number,
                    now,
                    doubled,
                    reason + "; the channel asked to wait " + asked.get() + ", longer than the " + delivery.maxWait()
                            + " allowed (callsheet.notifications.delivery.max-wait)");
            return;
        }
        asked.ifPresent(wait -> pausedUntil = now.plus(wait));
        Instant next = now.plus(asked.orElseGet(() -> delivery.backoffAfter(number)));
        var retrying = entry.after(
                new DeliveryEntry.Attempt(number, now, DeliveryEntry.Status.RETRYING, reason), doubled, next);
        log.warn(
                "Notification {} on channel {}: attempt {} failed, trying again at {}: {}",
                entry.id(),
                name,
                number,
                next,
                reason);
        write(retrying);
        enqueue(retrying);
    }

    private void delivered(DeliveryEntry entry, String receipt) {
        var done = entry.after(
                new DeliveryEntry.Attempt(
                        entry.nextAttempt(), clock.instant(), DeliveryEntry.Status.DELIVERED, receipt),
                false,
                null);
        log.info(
                "Notification {} delivered on channel {} (attempt {})",
                entry.id(),
                name,
                done.attempts().size());
        write(done);
    }

    private void givenUp(DeliveryEntry entry, int number, Instant now, boolean doubled, String reason) {
        var over = entry.after(
                new DeliveryEntry.Attempt(number, now, DeliveryEntry.Status.GIVEN_UP, reason), doubled, null);
        log.warn("Notification {} on channel {}: given up after attempt {}: {}", entry.id(), name, number, reason);
        write(over);
        reports.givenUp(over, reason);
    }

    /** Into the log (for this run at least), then to the timeline. */
    private void write(DeliveryEntry entry) {
        try {
            deliveryLog.record(entry);
        } catch (RuntimeException e) {
            deliveryLog.hold(entry);
            log.error("Notification {}: the delivery log could not be written; a restart may repeat it", entry.id(), e);
        }
        reports.attempted(entry);
    }

    /** Waits while the channel asked for a pause, or while the pace's window is full. */
    private void keepPace() throws InterruptedException {
        Pace pace = channel.pace();
        while (true) {
            Instant now = clock.instant();
            while (!recentSends.isEmpty()
                    && !recentSends.peekFirst().plus(pace.per()).isAfter(now)) {
                recentSends.removeFirst();
            }
            Instant until = pausedUntil;
            if (recentSends.size() >= pace.messages()) {
                Instant windowFrees = recentSends.peekFirst().plus(pace.per());
                until = windowFrees.isAfter(until) ? windowFrees : until;
            }
            if (!until.isAfter(now)) {
                return;
            }
            Thread.sleep(Duration.between(now, until));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
