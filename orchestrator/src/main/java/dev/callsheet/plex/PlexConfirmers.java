package dev.callsheet.plex;

import dev.callsheet.adapters.AdapterFailure;
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
import reactor.core.Disposable;
import reactor.core.Disposables;

/**
 * A confirmer per configured Plex instance. A command naming an instance that is not declared is
 * given up at once with a {@link CommandAttemptFailed} naming the settings to add, the same way the
 * other commands' missing instances are. Once {@link #start}ed, each confirmer hears its server's
 * push channel until {@link #close}.
 */
final class PlexConfirmers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlexConfirmers.class);

    private final List<PlexServer> servers;
    private final Map<String, PlexConfirmer> confirmers;
    private final FactWriter writer;
    private final boolean push;
    private final Disposable.Composite channels = Disposables.composite();

    PlexConfirmers(
            List<PlexServer> servers, PlexProperties settings, Clock clock, Scheduler scheduler, FactWriter writer) {
        this.servers = List.copyOf(servers);
        this.confirmers = servers.stream()
                .collect(Collectors.toUnmodifiableMap(
                        PlexServer::name, server -> new PlexConfirmer(server, settings, clock, scheduler, writer)));
        this.writer = writer;
        this.push = settings.push();
    }

    /**
     * Opens each server's push channel, unless {@code callsheet.plex.push} is off. The channel opens
     * again by itself after a drop; only what retrying cannot fix ends it (a refused token), and the
     * confirmer then goes on with its scheduled looks alone.
     */
    void start() {
        if (!push) {
            if (!servers.isEmpty()) {
                log.info("Plex push channels are off (callsheet.plex.push): looking on the schedule only");
            }
            return;
        }
        for (PlexServer server : servers) {
            PlexConfirmer confirmer = confirmers.get(server.name());
            channels.add(server.notifications().subscribe(confirmer::heard, error -> ended(server, error)));
        }
    }

    private static void ended(PlexServer server, Throwable error) {
        // The message is the adapter's, redacted; the cause would add nothing an operator can act on.
        String why = error instanceof AdapterFailure failure && failure.kind() == AdapterFailure.Kind.UNAUTHORIZED
                ? "Plex refused the token on the push channel; check callsheet.instances.%s.token"
                        .formatted(server.name())
                : error.getMessage();
        log.warn("Plex '{}': push channel closed for good, looking on the schedule only: {}", server.name(), why);
    }

    /** Closes the push channels. */
    @Override
    public void close() {
        channels.dispose();
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
