package dev.callsheet.search;

import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.sonarr.SonarrClient;
import dev.callsheet.adapters.sonarr.SonarrSearch;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.SearchEpisodes;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.SearchStarted;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@link SearchEpisodes}: Sonarr's {@code SeasonSearch} of the season, or {@code EpisodeSearch} of the
 * episodes, unless Sonarr has a search covering them queued or running already (an earlier attempt of
 * this command whose answer was lost): then that one is recorded and nothing is posted.
 */
final class EpisodeSearches implements CommandHandler<SearchEpisodes> {

    static final String SERVICE = "Sonarr";
    private static final String EPISODE_SEARCH = "EpisodeSearch";
    private static final String SEASON_SEARCH = "SeasonSearch";

    private final ServiceClients clients;

    EpisodeSearches(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(SearchEpisodes command) {
        SonarrClient sonarr = clients.sonarr(command.instance());
        var endpoint = clients.endpoint(SourceKind.SONARR, SERVICE, command.instance());
        Optional<SonarrSearch> queued = Blocking.await(sonarr.queuedSearches(), SERVICE, endpoint).stream()
                .filter(search -> covers(search, command))
                .findFirst();
        if (queued.isPresent()) {
            return started(command, queued.get().command(), true);
        }
        ServarrCommand posted = command.season() != null
                ? Blocking.await(sonarr.searchSeason(command.seriesId(), command.season()), SERVICE, endpoint)
                : Blocking.await(sonarr.searchEpisodes(command.episodeIds()), SERVICE, endpoint);
        return started(command, posted, false);
    }

    @Override
    public Optional<CommandOutcome> failed(SearchEpisodes command, FailedAttempt failure) {
        return Optional.of(SearchFacts.failed(clients, SourceKind.SONARR, SERVICE, command, failure));
    }

    /** Whether a search Sonarr has queued already looks for everything {@code command} would. */
    private static boolean covers(SonarrSearch search, SearchEpisodes command) {
        return switch (search) {
            case SonarrSearch.Season season ->
                command.season() != null
                        && command.seriesId() != null
                        && season.seriesId() == command.seriesId()
                        && season.seasonNumber() == command.season();
            case SonarrSearch.Episodes episodes ->
                command.season() == null && new HashSet<>(episodes.episodeIds()).containsAll(command.episodeIds());
        };
    }

    private static CommandOutcome started(SearchEpisodes command, ServarrCommand arrCommand, boolean alreadyQueued) {
        String search = command.season() != null ? SEASON_SEARCH : EPISODE_SEARCH;
        List<EpisodeRef> episodes = IntStream.range(0, command.episodes().size())
                .mapToObj(i -> new EpisodeRef(
                        command.episodes().get(i), null, command.episodeIds().get(i), null, null))
                .toList();
        var fact = new SearchStarted(
                SearchFacts.media(command.mediaKey()),
                command.id(),
                SERVICE,
                command.instance(),
                arrCommand.id(),
                search,
                episodes,
                command.attempt(),
                alreadyQueued,
                search);
        return SearchFacts.outcome(command, fact);
    }
}
