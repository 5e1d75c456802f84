package dev.callsheet.approval;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.CommandListenerConfiguration;
import dev.callsheet.events.command.DecideOverseerrRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Carries decisions to the request managers, from {@code commands} and its retry topics, in a consumer
 * group of its own: an Overseerr that is slow or down holds up only decisions, never a Sonarr lookup
 * or a Plex scan. Other commands are skipped; a record that is not a command is the main command
 * listener's to dead-letter.
 */
final class ApprovalCommandListener {

    private final OverseerrDecisions decisions;
    private final CommandAttempts attempts;

    ApprovalCommandListener(OverseerrDecisions decisions, CommandAttempts attempts) {
        this.decisions = decisions;
        this.attempts = attempts;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands-approval",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        if (CommandAttempts.readIfCommand(record).orElse(null) instanceof DecideOverseerrRequest command) {
            attempts.carryOut(command, command.instance(), decisions, record);
        }
    }
}
