package dev.callsheet.command;

import dev.callsheet.events.command.AddToLibrary;
import dev.callsheet.events.command.DecideOverseerrRequest;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.command.SearchCommand;
import dev.callsheet.events.command.SendNotification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Carries out the commands that keep the pipeline's picture complete (a series' episode list, a
 * request's series) from {@code commands} and its retry topics. The commands that act on a service
 * have listeners of their own, each in its own consumer group, so that a slow service holds up only
 * its own capability; this one skips them, and dead-letters a record that is not a command at all.
 */
final class CommandListener {

    private final EpisodeResolver episodes;
    private final OverseerrLookup overseerr;
    private final CommandAttempts attempts;

    CommandListener(EpisodeResolver episodes, OverseerrLookup overseerr, CommandAttempts attempts) {
        this.episodes = episodes;
        this.overseerr = overseerr;
        this.attempts = attempts;
    }

    @KafkaListener(
            topics = "#{@topics.commands()}",
            groupId = "#{@topics.prefix()}commands",
            containerFactory = CommandListenerConfiguration.CONTAINER_FACTORY)
    void onCommand(ConsumerRecord<String, byte[]> record) {
        switch (CommandAttempts.read(record)) {
            case ResolveSeriesEpisodes command -> attempts.carryOut(command, command.instance(), episodes, record);
            case LookUpOverseerrRequest command -> attempts.carryOut(command, command.instance(), overseerr, record);
            // Carried out by their capabilities' own listeners (plex/, approval/, search/, library/,
            // notification/, people/).
            case RescanPlexFolder command -> {}
            case DecideOverseerrRequest command -> {}
            case SearchCommand command -> {}
            case AddToLibrary command -> {}
            case MonitorEpisodes command -> {}
            case SendNotification command -> {}
            case LookUpRequesterAddresses command -> {}
        }
    }
}
