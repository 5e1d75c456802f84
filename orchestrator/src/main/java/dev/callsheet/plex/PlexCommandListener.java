package dev.callsheet.plex;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.command.AddToLibrary;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.DecideOverseerrRequest;
import dev.callsheet.events.command.LookUpOverseerrRequest;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.command.SearchCommand;
import dev.callsheet.events.command.SendNotification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.core.JacksonException;

/**
 * Reads {@code commands} in a consumer group of its own and hands each {@link RescanPlexFolder} to its
 * instance's confirmer, which returns at once: the record is done when the job is in memory, and a
 * slow Plex never holds up the other commands, nor they Plex's. The main command listener skips these
 * commands and carries out the rest; a record that is not a command is its to dead-letter.
 */
final class PlexCommandListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(PlexCommandListener.class);

    private final PlexConfirmers confirmers;

    PlexCommandListener(PlexConfirmers confirmers) {
        this.confirmers = confirmers;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        Command command;
        try {
            command = EventJson.mapper().readValue(record.value(), Command.class);
        } catch (JacksonException | IllegalArgumentException e) {
            log.debug(
                    "not a command at {}-{}@{}, left to the command listener",
                    record.topic(),
                    record.partition(),
                    record.offset());
            return;
        }
        switch (command) {
            case RescanPlexFolder rescan -> submit(rescan);
            case ResolveSeriesEpisodes other -> {}
            case LookUpOverseerrRequest other -> {}
            case DecideOverseerrRequest other -> {}
            case SearchCommand other -> {}
            case AddToLibrary other -> {}
            case MonitorEpisodes other -> {}
            case SendNotification other -> {}
            case LookUpRequesterAddresses other -> {}
        }
    }

    private void submit(RescanPlexFolder command) {
        try {
            confirmers.submit(command);
        } catch (InterruptedException e) {
            // Stopping: the record is not committed and comes back to the next consumer.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for a free Plex job", e);
        }
    }
}
