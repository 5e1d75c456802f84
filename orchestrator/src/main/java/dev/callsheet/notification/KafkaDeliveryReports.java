package dev.callsheet.notification;

import dev.callsheet.command.AttemptFacts;
import dev.callsheet.command.OutcomeWriter;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.NotificationAttempt;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Each attempt as a {@link NotificationAttempt} fact through {@code inbound}, so that it lands on the
 * request's timeline; a given-up notice's command to {@code commands-dlt}, with the headers the retry
 * topics give the other given-up commands. A notice about no item (a test, an admins' notice about a
 * source or a dead letter) has no timeline to land on; a given-up test is in the log and the test's
 * answer, so it alone is not dead-lettered.
 */
final class KafkaDeliveryReports implements DeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(KafkaDeliveryReports.class);

    private final OutcomeWriter outcomes;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final String commandsTopic;

    KafkaDeliveryReports(OutcomeWriter outcomes, DeadLetterPublishingRecoverer deadLetters, String commandsTopic) {
        this.outcomes = outcomes;
        this.deadLetters = deadLetters;
        this.commandsTopic = commandsTopic;
    }

    @Override
    public void attempted(DeliveryEntry entry) {
        var command = entry.command();
        if (command.mediaKey() == null) {
            return;
        }
        try {
            outcomes.write(
                    command.channel(), new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact(entry)));
        } catch (RuntimeException e) {
            log.warn("Notification {}: its attempt could not be put on the timeline: {}", entry.id(), e.getMessage());
        }
    }

    @Override
    public void givenUp(DeliveryEntry entry, String reason) {
        var command = entry.command();
        if (SendNotification.TEST.equals(command.event())) {
            return;
        }
        var origin = entry.origin();
        var record = new ConsumerRecord<String, byte[]>(
                origin == null || origin.topic() == null ? commandsTopic : origin.topic(),
                origin == null || origin.partition() == null ? 0 : origin.partition(),
                origin == null || origin.offset() == null ? -1 : origin.offset(),
                command.key(),
                EventJson.mapper().writeValueAsBytes(command));
        try {
            deadLetters.accept(record, new NotificationGivenUp(reason));
        } catch (RuntimeException e) {
            log.warn("Notification {}: its command could not be dead-lettered: {}", entry.id(), e.getMessage());
        }
    }

    static NotificationAttempt fact(DeliveryEntry entry) {
        SendNotification command = entry.command();
        var last = entry.attempts().getLast();
        return new NotificationAttempt(
                AttemptFacts.media(Objects.requireNonNull(command.mediaKey())),
                command.id(),
                command.requestId(),
                command.event(),
                command.channel(),
                command.recipient() == null ? null : command.recipient().username(),
                command.subject().episodes(),
                last.number(),
                switch (last.outcome()) {
                    case DELIVERED -> NotificationAttempt.Outcome.DELIVERED;
                    case RETRYING -> NotificationAttempt.Outcome.RETRYING;
                    case QUEUED -> throw new IllegalStateException("an attempt does not end queued");
                    case GIVEN_UP -> NotificationAttempt.Outcome.GIVEN_UP;
                },
                last.detail(),
                last.outcome() == DeliveryEntry.Status.RETRYING ? entry.nextTry() : null,
                entry.mayBeDoubled(),
                SendNotification.class.getSimpleName());
    }
}
