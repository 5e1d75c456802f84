package dev.callsheet.plex;

import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.MediaInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A confirmer per configured Plex instance. A command naming an instance that is not declared is
 * given up at once with a {@link CommandAttemptFailed} naming the settings to add, the same way the
 * other commands' missing instances are.
 */
final class PlexConfirmers {

    private static final Logger log = LoggerFactory.getLogger(PlexConfirmers.class);

    private final Map<String, PlexConfirmer> confirmers;
    private final FactWriter writer;

    PlexConfirmers(
            List<PlexServer> servers, PlexProperties settings, Clock clock, Scheduler scheduler, FactWriter writer) {
        this.confirmers = servers.stream()
                .collect(Collectors.toUnmodifiableMap(
                        PlexServer::name, server -> new PlexConfirmer(server, settings, clock, scheduler, writer)));
        this.writer = writer;
    }

    /** Hands the command to its instance's confirmer; waits only while that one is full. */
    void submit(RescanPlexFolder command) throws InterruptedException {
        PlexConfirmer confirmer = confirmers.get(command.instance());
        if (confirmer == null) {
            unconfigured(command);
            return;
        }
        confirmer.submit(command);
    }

    private void unconfigured(RescanPlexFolder command) {
        String name = command.instance().toLowerCase(Locale.ROOT);
        String reason =
                "no Plex instance '%s' configured: set callsheet.instances.%s.kind to plex, and its .url and .token"
                        .formatted(command.instance(), name);
        log.warn("{} {}: {}", PlexFacts.COMMAND, command.id(), reason);
        var target = command.target();
        var media = new MediaInfo(
                command.mediaKey().type(),
                null,
                null,
                target.tmdbId(),
                target.seriesTvdbId(),
                target.imdbId(),
                command.mediaKey().fourK());
        var fact = new CommandAttemptFailed(
                media, command.id(), PlexFacts.COMMAND, 1, reason, null, null, PlexFacts.COMMAND);
        writer.write(command.instance(), new CommandOutcome.MediaFact(command.id(), command.mediaKey(), fact));
    }
}
