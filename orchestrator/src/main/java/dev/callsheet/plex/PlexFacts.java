package dev.callsheet.plex;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexPlace;
import dev.callsheet.events.media.PlexScanRequested;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facts a confirmer writes, one per waiting command, each carrying the command's episodes and the
 * job's times so that the timeline can show how long each step took.
 */
final class PlexFacts {

    static final String COMMAND = "RescanPlexFolder";
    private static final Logger log = LoggerFactory.getLogger(PlexFacts.class);

    private final String instance;
    private final FactWriter writer;

    PlexFacts(String instance, FactWriter writer) {
        this.instance = instance;
        this.writer = writer;
    }

    void scanRequested(RescanPlexFolder command, String section, String folder, Instant requestedAt) {
        write(
                command,
                new PlexScanRequested(
                        media(command),
                        command.id(),
                        instance,
                        section,
                        folder,
                        command.target().episodes(),
                        requestedAt,
                        COMMAND));
    }

    void found(RescanPlexFolder command, PlexPlace place, Instant scanRequestedAt, Instant foundAt) {
        write(
                command,
                new PlexItemFound(
                        media(command),
                        command.id(),
                        instance,
                        place,
                        command.target().episodes(),
                        scanRequestedAt,
                        foundAt,
                        COMMAND));
    }

    void confirmed(
            RescanPlexFolder command, PlexPlace place, Instant scanRequestedAt, Instant foundAt, Instant readyAt) {
        write(
                command,
                new PlexConfirmed(
                        media(command),
                        command.id(),
                        instance,
                        place,
                        command.target().episodes(),
                        scanRequestedAt,
                        foundAt,
                        readyAt,
                        COMMAND));
    }

    void notConfirmed(RescanPlexFolder command, PlexNotConfirmed.Problem problem, String detail, PlexPlace place) {
        write(
                command,
                new PlexNotConfirmed(
                        media(command),
                        command.id(),
                        instance,
                        problem,
                        detail,
                        command.target().path(),
                        place,
                        command.target().episodes(),
                        COMMAND));
    }

    /**
     * A fact that cannot be written (the broker down past intake's ack timeout) is logged and dropped
     * rather than stopping the job, whose later facts may still get through.
     */
    private void write(RescanPlexFolder command, MediaEvent event) {
        try {
            writer.write(instance, new CommandOutcome.MediaFact(command.id(), command.mediaKey(), event));
        } catch (RuntimeException e) {
            log.error(
                    "Plex '{}': could not write {} for {}: {}",
                    instance,
                    event.getClass().getSimpleName(),
                    command.id(),
                    e.getMessage());
        }
    }

    private static MediaInfo media(RescanPlexFolder command) {
        var target = command.target();
        return new MediaInfo(
                command.mediaKey().type(),
                null,
                null,
                target.type() == MediaType.MOVIE ? target.tmdbId() : null,
                target.seriesTvdbId(),
                target.imdbId(),
                command.mediaKey().fourK());
    }
}
