package dev.callsheet.notification;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.readside.BadField;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/notifications}: the delivery log, newest first; {@code POST /api/notifications/test}
 * (admin key, as every POST under {@code /api}): a test notice through one channel instance, answered
 * with the channel's answer when it comes within {@link #TEST_PATIENCE}.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    /** How long a test waits for its notice to be delivered or given up before answering {@code 202}. */
    static final Duration TEST_PATIENCE = Duration.ofSeconds(10);

    private final DeliveryLog deliveryLog;
    private final NoticeChannels channels;
    private final CommandSender commands;

    NotificationController(DeliveryLog deliveryLog, NoticeChannels channels, CommandSender commands) {
        this.deliveryLog = deliveryLog;
        this.channels = channels;
        this.commands = commands;
    }

    /** Writes a command to {@code commands}; returns once the broker has it. */
    @FunctionalInterface
    interface CommandSender {
        void send(SendNotification command);
    }

    @GetMapping
    List<NotificationView> list(
            @RequestParam(required = false) String request,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        DeliveryEntry.Status wanted = status == null ? null : status(status);
        return deliveryLog.newestFirst().stream()
                .filter(entry -> request == null
                        || (entry.command().requestId() != null
                                && entry.command().requestId().value().equals(request)))
                .filter(entry -> channel == null || entry.command().channel().equals(channel))
                .filter(entry -> wanted == null || entry.status() == wanted)
                .limit(Math.clamp(limit, 1, 1000))
                .map(NotificationView::of)
                .toList();
    }

    @PostMapping("/test")
    Mono<ResponseEntity<NotificationView>> test(@RequestBody TestNotice body) {
        if (body.channel() == null || body.channel().isBlank()) {
            throw new BadField("channel", "name the channel instance to test");
        }
        if (channels.get(body.channel()).isEmpty()) {
            throw problem(
                    HttpStatus.NOT_FOUND,
                    "no channel named " + body.channel() + " is configured; configured are "
                            + channels.all().keySet());
        }
        var command = testCommand(body);
        return Mono.fromRunnable(() -> commands.send(command))
                .subscribeOn(Schedulers.boundedElastic())
                .then(Flux.interval(Duration.ZERO, Duration.ofMillis(100))
                        .map(tick -> deliveryLog.get(command.id()))
                        .filter(entry -> entry.isPresent() && entry.get().ended())
                        .next()
                        .map(entry -> ResponseEntity.ok(NotificationView.of(entry.get())))
                        .timeout(TEST_PATIENCE, Mono.fromSupplier(() -> ResponseEntity.accepted()
                                .body(deliveryLog
                                        .get(command.id())
                                        .map(NotificationView::of)
                                        .orElseGet(() -> NotificationView.of(
                                                DeliveryEntry.queued(command, Instant.now(), null)))))));
    }

    private static SendNotification testCommand(TestNotice body) {
        String text = body.text() == null || body.text().isBlank()
                ? "A test from Callsheet through channel " + body.channel() + ": if you can read this, it works."
                : body.text().strip();
        var subject = new NoticeSubject(
                MediaType.MOVIE, null, null, null, null, null, null, null, null, null, null, text, null);
        String id = "test-" + System.currentTimeMillis() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return new SendNotification(id, null, null, SendNotification.TEST, body.channel(), null, subject);
    }

    private static DeliveryEntry.Status status(String status) {
        try {
            return DeliveryEntry.Status.valueOf(
                    status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadField("status", "one of queued, retrying, delivered, given-up; not " + status);
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    /** The body of a test: the channel instance, and the text to send (a default when none). */
    record TestNotice(String channel, String text) {}

    /**
     * One notice of the log, for reading: who was told what through which channel, and how it went.
     * Holds no secret: the channel's answers never carry one.
     */
    record NotificationView(
            String id,
            String event,
            String channel,
            String recipient,
            String request,
            String media,
            DeliveryEntry.Status status,
            List<DeliveryEntry.Attempt> attempts,
            boolean mayBeDoubled,
            Instant nextTry,
            Instant queuedAt) {

        static NotificationView of(DeliveryEntry entry) {
            var command = entry.command();
            var subject = command.subject();
            String media = subject.title() == null
                    ? null
                    : subject.year() == null ? subject.title() : subject.title() + " (" + subject.year() + ")";
            return new NotificationView(
                    command.id(),
                    command.event(),
                    command.channel(),
                    command.recipient() == null ? null : command.recipient().username(),
                    command.requestId() == null ? null : command.requestId().value(),
                    media,
                    entry.status(),
                    entry.attempts(),
                    entry.mayBeDoubled(),
                    entry.nextTry(),
                    entry.queuedAt());
        }
    }
}
