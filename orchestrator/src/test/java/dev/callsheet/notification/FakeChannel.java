package dev.callsheet.notification;

import dev.callsheet.adapters.notify.DeliveryFailure;
import dev.callsheet.adapters.notify.Notice;
import dev.callsheet.adapters.notify.NoticeChannel;
import dev.callsheet.adapters.notify.Pace;
import dev.callsheet.adapters.notify.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * A channel that answers from a script, one answer per send, then accepts everything; it remembers
 * when each send came.
 */
final class FakeChannel implements NoticeChannel {

    private final Deque<DeliveryFailure> script;
    private final boolean dedupes;
    private final Pace pace;
    private final List<Instant> sends = new CopyOnWriteArrayList<>();
    private final List<Notice> accepted = new CopyOnWriteArrayList<>();

    FakeChannel(boolean dedupes, Pace pace, DeliveryFailure... failures) {
        this.script = new ArrayDeque<>(List.of(failures));
        this.dedupes = dedupes;
        this.pace = pace;
    }

    FakeChannel(DeliveryFailure... failures) {
        this(false, Pace.UNLIMITED, failures);
    }

    static DeliveryFailure tooMany(Duration retryAfter) {
        return DeliveryFailure.retry("429 Too Many Requests from the channel", retryAfter);
    }

    static DeliveryFailure serverError() {
        return DeliveryFailure.retry("503 Service Unavailable", null);
    }

    static DeliveryFailure noAnswer() {
        return new DeliveryFailure(DeliveryFailure.Kind.UNKNOWN_OUTCOME, "no answer within 10 s", null, null);
    }

    static DeliveryFailure unknownWebhook() {
        return DeliveryFailure.permanent("404 Unknown Webhook");
    }

    @Override
    public synchronized Mono<Sent> send(Notice notice) {
        sends.add(Instant.now());
        DeliveryFailure next = script.pollFirst();
        if (next != null) {
            return Mono.error(next);
        }
        accepted.add(notice);
        return Mono.just(new Sent("receipt-" + accepted.size()));
    }

    @Override
    public Pace pace() {
        return pace;
    }

    @Override
    public boolean dedupes() {
        return dedupes;
    }

    List<Instant> sends() {
        return sends;
    }

    List<Notice> accepted() {
        return accepted;
    }
}
