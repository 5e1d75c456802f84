package dev.callsheet.notification;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticeIds;
import dev.callsheet.request.NoticeRoutes;
import dev.callsheet.source.SourceNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.core.JacksonException;

/**
 * The admins' {@code dead-letter} notices: one per record on {@code deadletter} (input the pipeline
 * could not use) or {@code commands-dlt} (a command given up), on each channel of every admins route
 * that carries the event. A notice says what was dead-lettered and why, from the dead letter or the
 * record's {@code kafka_dlt-*} headers, never the body; its id comes from the record's topic, partition
 * and offset, so that a record read twice asks for the same notice. A given-up notice (a {@link
 * SendNotification} on {@code commands-dlt}) is not told of: telling of it could fail the same way,
 * again and again.
 */
final class DeadLetterNotices {

    /** How much of a reason a notice quotes: enough for a sentence, and no more of an input it quotes. */
    static final int REASON_LIMIT = 300;

    /** The listener container's words before the failure's own, in the {@code kafka_dlt-exception-message} header. */
    private static final Pattern LISTENER_WRAPPING = Pattern.compile("^Listener .*?(threw exception|failed); ");

    private final NoticeRoutes routes;
    private final Topics topics;

    DeadLetterNotices(NoticeRoutes routes, Topics topics) {
        this.routes = routes;
        this.topics = topics;
    }

    /** The notices {@code record} asks for; empty for a given-up notice, or when no route carries the event. */
    List<SendNotification> of(ConsumerRecord<String, byte[]> record) {
        var channels = routes.carrying(NoticeEvent.DEAD_LETTER, NoticeAudience.ADMINS).stream()
                .flatMap(route -> route.channels().stream())
                .distinct()
                .toList();
        if (channels.isEmpty()) {
            return List.of();
        }
        var told = told(record);
        if (told == null) {
            return List.of();
        }
        var subject = new NoticeSubject(
                MediaType.MOVIE, told.what(), null, null, null, null, null, null, null, null, null, told.why(), null);
        String about = "record:" + record.topic() + "/" + record.partition() + "/" + record.offset();
        List<SendNotification> notices = new ArrayList<>();
        for (String channel : channels) {
            notices.add(new SendNotification(
                    NoticeIds.of(about, SendNotification.DEAD_LETTER + "|" + channel),
                    null,
                    null,
                    SendNotification.DEAD_LETTER,
                    channel,
                    null,
                    subject));
        }
        return List.copyOf(notices);
    }

    /** What was dead-lettered and why. */
    private record Told(String what, String why) {}

    /** What {@code record} tells; null for a given-up notice. */
    private Told told(ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(topics.deadletter())) {
            return input(record);
        }
        var command = CommandAttempts.readIfCommand(record).orElse(null);
        String why = cut(listenerless(header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)));
        return switch (command) {
            case SendNotification ignored -> null;
            case null -> new Told("a record on " + topics.commands() + " that is not a command", why);
            case Command given ->
                new Told(
                        given.getClass().getSimpleName() + " for " + given.key(),
                        why == null ? "Command " + given.id() : why + "\nCommand " + given.id());
        };
    }

    /** A dead letter of the pipeline's: the source's webhook, the stage and the reason. */
    private static Told input(ConsumerRecord<String, byte[]> record) {
        DeadLetter letter;
        try {
            letter = EventJson.mapper().readValue(record.value(), DeadLetter.class);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return new Told("an unreadable dead letter", null);
        }
        String what =
                letter.source() == null ? "an input" : SourceNames.of(letter.source(), letter.instance()) + " webhook";
        String reason = cut(letter.reason());
        String why = letter.stage() == null || reason == null ? reason : letter.stage() + ": " + reason;
        return new Told(what, letter.deliveryId() == null ? why : join(why, "Delivery " + letter.deliveryId()));
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "\n" + second;
    }

    private static String listenerless(String message) {
        return message == null ? null : LISTENER_WRAPPING.matcher(message).replaceFirst("");
    }

    private static String cut(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= REASON_LIMIT ? stripped : stripped.substring(0, REASON_LIMIT - 1) + "…";
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
