package dev.callsheet.command;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.MediaInfo;
import java.util.Optional;

/** {@link ResolveSeriesEpisodes}: Sonarr's series by TVDB id, then its episode list. */
final class EpisodeResolver implements CommandHandler<ResolveSeriesEpisodes> {

    private static final String COMMAND = "ResolveSeriesEpisodes";

    private final ServiceClients clients;

    EpisodeResolver(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(ResolveSeriesEpisodes command) {
        var sonarr = clients.sonarr(command.instance());
        var endpoint = clients.endpoint(SourceKind.SONARR, "Sonarr", command.instance());
        // Overseerr adds the series to Sonarr as it approves, so the command may come first: worth a retry.
        var series = Blocking.await(sonarr.findSeries(command.tvdbId()), "Sonarr", endpoint)
                .orElseThrow(() -> AttemptFailed.retryable("Sonarr instance '%s' has no series with TVDB id %d yet"
                        .formatted(command.instance(), command.tvdbId())));
        var episodes = Blocking.await(sonarr.listEpisodes(series.id()), "Sonarr", endpoint).stream()
                .map(ResolvedEpisodes::of)
                .toList();
        var media = new MediaInfo(
                MediaType.SERIES,
                series.title(),
                series.year(),
                series.tmdbId(),
                series.tvdbId(),
                series.imdbId(),
                command.mediaKey().fourK());
        return new CommandOutcome.MediaFact(
                command.id(),
                command.mediaKey(),
                new EpisodesResolved(media, command.id(), series.id(), episodes, COMMAND));
    }

    @Override
    public Optional<CommandOutcome> failed(ResolveSeriesEpisodes command, FailedAttempt failure) {
        return Optional.of(AttemptFacts.failed(
                clients, SourceKind.SONARR, "Sonarr", command.instance(), command, command.mediaKey(), failure));
    }
}
