package dev.callsheet.people;

import dev.callsheet.command.CommandAttempts;
import dev.callsheet.command.CommandListenerConfiguration;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Looks requesters' addresses up at the request managers, from {@code commands} and its retry topics,
 * in a consumer group of its own: an Overseerr that is slow to answer holds up only these lookups, never
 * a decision carried to it or a Plex scan. Other commands are skipped; a record that is not a command
 * is the main command listener's to dead-letter.
 */
final class PeopleCommandListener {

    private final RequesterLookups lookups;
    private final CommandAttempts attempts;

    PeopleCommandListener(RequesterLookups lookups, CommandAttempts attempts) {
        this.lookups = lookups;
        this.attempts = attempts;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands-people",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        if (CommandAttempts.readIfCommand(record).orElse(null) instanceof LookUpRequesterAddresses command) {
            attempts.carryOut(command, command.instance(), lookups, record);
        }
    }
}
