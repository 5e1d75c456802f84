package dev.callsheet.notification;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.CommandListenerConfiguration;
import dev.callsheet.events.command.SendNotification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Takes notices in from {@code commands}, in a consumer group of its own: writes each to the delivery
 * log and queues it on its channel's worker, then returns, so that the record is acknowledged without
 * waiting for any channel. Other commands are skipped; a record that is not a command is the main
 * command listener's to dead-letter. A failure to write the log is thrown, so that the record comes
 * back through the retry topics.
 */
final class NotificationListener {

    private final Deliveries deliveries;

    NotificationListener(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands-notification",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        if (CommandAttempts.readIfCommand(record).orElse(null) instanceof SendNotification command) {
            deliveries.take(
                    command, new DeliveryEntry.CommandOrigin(record.topic(), record.partition(), record.offset()));
        }
    }
}
