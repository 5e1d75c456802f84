package dev.callsheet.library;

import dev.callsheet.adapters.sonarr.SonarrClient;
import dev.callsheet.adapters.sonarr.SonarrEpisode;
import dev.callsheet.command.AttemptFacts;
import dev.callsheet.command.AttemptFailed;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ResolvedEpisodes;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.ResolvedEpisode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link MonitorEpisodes}: waits (by retrying) while Sonarr still refreshes the series, since the
 * refresh that follows an add applies the add's monitoring and would undo ours; then sets monitored the
 * command's episodes that are still unmonitored and without a file, and answers with the series'
 * episode list as it is after that, so the decider sees them monitored. Idempotent: a retry after the
 * change finds nothing left to change and only lists.
 */
final class EpisodeMonitoring implements CommandHandler<MonitorEpisodes> {

    static final String COMMAND = "MonitorEpisodes";

    private final ServiceClients clients;

    EpisodeMonitoring(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(MonitorEpisodes command) {
        SonarrClient sonarr = clients.sonarr(command.instance());
        var endpoint = clients.endpoint(SourceKind.SONARR, SeriesAdditions.SERVICE, command.instance());
        if (Blocking.await(sonarr.refreshing(command.seriesId()), SeriesAdditions.SERVICE, endpoint)) {
            throw AttemptFailed.retryable(
                    "Sonarr is still refreshing the series, which sets its episodes' monitoring as the add said");
        }
        Set<Integer> wanted = new HashSet<>(command.episodeIds());
        List<Integer> unmonitored =
                Blocking.await(sonarr.listEpisodes(command.seriesId()), SeriesAdditions.SERVICE, endpoint).stream()
                        .filter(episode -> wanted.contains(episode.id()) && !episode.monitored() && !episode.hasFile())
                        .map(SonarrEpisode::id)
                        .toList();
        if (!unmonitored.isEmpty()) {
            Blocking.await(sonarr.monitorEpisodes(unmonitored, true), SeriesAdditions.SERVICE, endpoint);
        }
        List<ResolvedEpisode> listed =
                Blocking.await(sonarr.listEpisodes(command.seriesId()), SeriesAdditions.SERVICE, endpoint).stream()
                        .map(ResolvedEpisodes::of)
                        .toList();
        var media = new MediaInfo(
                MediaType.SERIES,
                null,
                null,
                null,
                command.mediaKey().id(),
                null,
                command.mediaKey().fourK());
        return new CommandOutcome.MediaFact(
                command.id(),
                command.mediaKey(),
                new EpisodesResolved(media, command.id(), command.seriesId(), listed, COMMAND));
    }

    @Override
    public Optional<CommandOutcome> failed(MonitorEpisodes command, FailedAttempt failure) {
        return Optional.of(AttemptFacts.failed(
                clients,
                SourceKind.SONARR,
                SeriesAdditions.SERVICE,
                command.instance(),
                command,
                command.mediaKey(),
                failure));
    }
}
